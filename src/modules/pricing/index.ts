import { Module } from "../../framework/modules/module.ts";
import PricingModuleService from "./service.ts";
import { Modules } from "../index.ts";

/** The container key of the pricing module's service. */
export const PRICING_MODULE = Modules.PRICING;

declare module "../../framework/container/container.ts" {
  interface ContainerRegistrations {
    [PRICING_MODULE]: PricingModuleService;
  }
}

export default Module(PRICING_MODULE, { service: PricingModuleService });
