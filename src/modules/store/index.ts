import { Module } from "../../framework/modules/module.ts";
import StoreModuleService from "./service.ts";

/** The container key of the store module's service. */
export const STORE_MODULE = "store";

declare module "../../framework/container/container.ts" {
  interface ContainerRegistrations {
    [STORE_MODULE]: StoreModuleService;
  }
}

export default Module(STORE_MODULE, { service: StoreModuleService });
