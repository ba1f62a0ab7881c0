import { Module } from "../../framework/modules/module.ts";
import PricingModuleService from "./service.ts";

/** The container key of the pricing module's service. */
export const PRICING_MODULE = "pricing";

declare module "../../framework/container/container.ts" {
  interface ContainerRegistrations {
    [PRICING_MODULE]: PricingModuleService;
  }
}

export default Module(PRICING_MODULE, { service: PricingModuleService });
