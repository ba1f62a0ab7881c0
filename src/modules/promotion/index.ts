import { Module } from "../../framework/modules/module.ts";
import PromotionModuleService from "./service.ts";

/** The container key of the promotion module's service. */
export const PROMOTION_MODULE = "promotion";

declare module "../../framework/container/container.ts" {
  interface ContainerRegistrations {
    [PROMOTION_MODULE]: PromotionModuleService;
  }
}

export default Module(PROMOTION_MODULE, { service: PromotionModuleService });
