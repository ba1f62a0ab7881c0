import { Module } from "../../framework/modules/module.ts";
import StockLocationModuleService from "./service.ts";
import { Modules } from "../index.ts";

/** The container key of the stock location module's service. */
export const STOCK_LOCATION_MODULE = Modules.STOCK_LOCATION;

declare module "../../framework/container/container.ts" {
  interface ContainerRegistrations {
    [STOCK_LOCATION_MODULE]: StockLocationModuleService;
  }
}

export default Module(STOCK_LOCATION_MODULE, { service: StockLocationModuleService });
