import { Module } from "../../framework/modules/module.ts";
import SalesChannelModuleService from "./service.ts";

/** The container key of the sales channel module's service. */
export const SALES_CHANNEL_MODULE = "salesChannel";

declare module "../../framework/container/container.ts" {
  interface ContainerRegistrations {
    [SALES_CHANNEL_MODULE]: SalesChannelModuleService;
  }
}

export default Module(SALES_CHANNEL_MODULE, { service: SalesChannelModuleService });
