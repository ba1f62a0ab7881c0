import { Module } from "../../framework/modules/module.ts";
import OrderLifecycleService from "./lifecycle-service.ts";

/** The container key of the order module's service. */
export const ORDER_MODULE = "order";

declare module "../../framework/container/container.ts" {
  interface ContainerRegistrations {
    [ORDER_MODULE]: OrderLifecycleService;
  }
}

export default Module(ORDER_MODULE, { service: OrderLifecycleService });
