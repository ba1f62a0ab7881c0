import { Module } from "../../framework/modules/module.ts";
import ApiKeyModuleService from "./service.ts";

/** The container key of the API key module's service (the HTTP kernel checks keys through it). */
export const API_KEY_MODULE = "apiKey";

declare module "../../framework/container/container.ts" {
  interface ContainerRegistrations {
    [API_KEY_MODULE]: ApiKeyModuleService;
  }
}

export default Module(API_KEY_MODULE, { service: ApiKeyModuleService });
