import { Module } from "../../framework/modules/module.ts";
import TaxModuleService from "./service.ts";

/** The container key of the tax module's service. */
export const TAX_MODULE = "tax";

declare module "../../framework/container/container.ts" {
  interface ContainerRegistrations {
    [TAX_MODULE]: TaxModuleService;
  }
}

export default Module(TAX_MODULE, { service: TaxModuleService });
