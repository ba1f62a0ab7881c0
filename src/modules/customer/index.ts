import { Module } from "../../framework/modules/module.ts";
import CustomerModuleService from "./service.ts";

/** The container key of the customer module's service. */
export const CUSTOMER_MODULE = "customer";

declare module "../../framework/container/container.ts" {
  interface ContainerRegistrations {
    [CUSTOMER_MODULE]: CustomerModuleService;
  }
}

export default Module(CUSTOMER_MODULE, { service: CustomerModuleService });
