import { Module } from "../../framework/modules/module.ts";
import InventoryModuleService from "./service.ts";

/** The container key of the inventory module's service. */
export const INVENTORY_MODULE = "inventory";

declare module "../../framework/container/container.ts" {
  interface ContainerRegistrations {
    [INVENTORY_MODULE]: InventoryModuleService;
  }
}

export default Module(INVENTORY_MODULE, { service: InventoryModuleService });
