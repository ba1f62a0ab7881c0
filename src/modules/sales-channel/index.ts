import { Module } from "../../framework/modules/module.ts";
import SalesChannelModuleService from "./service.ts";
import { Modules } from "../index.ts";

/** The container key of the sales channel module's service. */
export const SALES_CHANNEL_MODULE = Modules.SALES_CHANNEL;

declare module "../../framework/container/container.ts" {
  interface ContainerRegistrations {
    [SALES_CHANNEL_MODULE]: SalesChannelModuleService;
  }
}

export default Module(SALES_CHANNEL_MODULE, { service: SalesChannelModuleService });
