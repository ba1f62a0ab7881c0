import { Module } from "../../../../../src/framework/modules/module.ts";
import ManagerModuleService from "./service.ts";

/** The seed's custom actor type: managers authenticate like users, with their own actor type. */
export const MANAGER_MODULE = "manager";

declare module "../../../../../src/framework/container/container.ts" {
  interface ContainerRegistrations {
    [MANAGER_MODULE]: ManagerModuleService;
  }
}

export default Module(MANAGER_MODULE, { service: ManagerModuleService });
