import { Module } from "../../framework/modules/module.ts";
import ProductModuleService from "./service.ts";
import { Modules } from "../index.ts";

/** The container key of the product module's service. */
export const PRODUCT_MODULE = Modules.PRODUCT;

declare module "../../framework/container/container.ts" {
  interface ContainerRegistrations {
    [PRODUCT_MODULE]: ProductModuleService;
  }
}

export default Module(PRODUCT_MODULE, { service: ProductModuleService });
