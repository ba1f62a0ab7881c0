import { Module } from "../../../../../src/framework/modules/module.ts";
import BrandModuleService from "./service.ts";

/** The container key of the brand module's service. */
export const BRAND_MODULE = "brand";

declare module "../../../../../src/framework/container/container.ts" {
  interface ContainerRegistrations {
    [BRAND_MODULE]: BrandModuleService;
  }
}

export default Module(BRAND_MODULE, { service: BrandModuleService });
