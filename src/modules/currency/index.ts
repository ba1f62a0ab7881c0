import { Module } from "../../framework/modules/module.ts";
import defaultCurrenciesLoader from "./loaders/default-currencies.ts";
import CurrencyModuleService from "./service.ts";

/** The container key of the currency module's service. */
export const CURRENCY_MODULE = "currency";

declare module "../../framework/container/container.ts" {
  interface ContainerRegistrations {
    [CURRENCY_MODULE]: CurrencyModuleService;
  }
}

export default Module(CURRENCY_MODULE, { service: CurrencyModuleService, loaders: [defaultCurrenciesLoader] });
