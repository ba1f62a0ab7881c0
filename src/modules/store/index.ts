import { Module } from "../../framework/modules/module.ts";
import StoreModuleService from "./service.ts";
import { Modules } from "../index.ts";

/** The container key of the store module's service. */
export const STORE_MODULE = Modules.STORE;

declare module "../../framework/container/container.ts" {
  interface ContainerRegistrations {
    [STORE_MODULE]: StoreModuleService;
  }
}

export default Module(STORE_MODULE, { service: StoreModuleService });
