import { Module } from "../../framework/modules/module.ts";
import ApiKeyModuleService from "./service.ts";
import { Modules } from "../index.ts";

/** The container key of the API key module's service (the HTTP kernel checks keys through it). */
export const API_KEY_MODULE = Modules.API_KEY;

declare module "../../framework/container/container.ts" {
  interface ContainerRegistrations {
    [API_KEY_MODULE]: ApiKeyModuleService;
  }
}

export default Module(API_KEY_MODULE, { service: ApiKeyModuleService });
