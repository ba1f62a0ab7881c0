import { Module } from "../../framework/modules/module.ts";
import ProductModuleService from "./service.ts";

/** The container key of the product module's service. */
export const PRODUCT_MODULE = "product";

declare module "../../framework/container/container.ts" {
  interface ContainerRegistrations {
    [PRODUCT_MODULE]: ProductModuleService;
  }
}

export default Module(PRODUCT_MODULE, { service: ProductModuleService });
