import { Module } from "../../framework/modules/module.ts";
import StockLocationModuleService from "./service.ts";

/** The container key of the stock location module's service. */
export const STOCK_LOCATION_MODULE = "stockLocation";

declare module "../../framework/container/container.ts" {
  interface ContainerRegistrations {
    [STOCK_LOCATION_MODULE]: StockLocationModuleService;
  }
}

export default Module(STOCK_LOCATION_MODULE, { service: StockLocationModuleService });
