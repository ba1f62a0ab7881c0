import { Module } from "../../framework/modules/module.ts";
import UserModuleService from "./service.ts";

/** The container key of the user module's service. */
export const USER_MODULE = "user";

declare module "../../framework/container/container.ts" {
  interface ContainerRegistrations {
    [USER_MODULE]: UserModuleService;
  }
}

export default Module(USER_MODULE, { service: UserModuleService });
