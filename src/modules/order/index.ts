import { Module } from "../../framework/modules/module.ts";
import OrderModuleService from "./service.ts";

/** The container key of the order module's service. */
export const ORDER_MODULE = "order";

declare module "../../framework/container/container.ts" {
  interface ContainerRegistrations {
    [ORDER_MODULE]: OrderModuleService;
  }
}

export default Module(ORDER_MODULE, { service: OrderModuleService });
