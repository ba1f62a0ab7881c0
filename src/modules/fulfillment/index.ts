import type { ModuleLoader } from "../../framework/modules/module.ts";
import { Module } from "../../framework/modules/module.ts";
import FulfillmentModuleService from "./service.ts";

/** The container key of the fulfillment module's service. */
export const FULFILLMENT_MODULE = "fulfillment";

declare module "../../framework/container/container.ts" {
  interface ContainerRegistrations {
    [FULFILLMENT_MODULE]: FulfillmentModuleService;
  }
}

/** Writes a row for every provider the options register, so shipping options can refer to it. */
const syncProviders: ModuleLoader = async ({ container }) => {
  await container.resolve(FULFILLMENT_MODULE).syncProviders();
};

export default Module(FULFILLMENT_MODULE, { service: FulfillmentModuleService, loaders: [syncProviders] });
