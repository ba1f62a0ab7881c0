import { Module } from "../../framework/modules/module.ts";
import AuthModuleService from "./service.ts";

/** The container key of the auth module's service. */
export const AUTH_MODULE = "auth";

declare module "../../framework/container/container.ts" {
  interface ContainerRegistrations {
    [AUTH_MODULE]: AuthModuleService;
  }
}

export default Module(AUTH_MODULE, { service: AuthModuleService });
