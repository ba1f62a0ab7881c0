import type { ModuleLoader } from "../../../framework/modules/module.ts";
import type CurrencyModuleService from "../service.ts";

/** Seeds the common ISO currencies at start; idempotent (existing codes are skipped). */
const defaultCurrenciesLoader: ModuleLoader = async ({ container }) => {
  const service = container.resolve("currency" as never) as CurrencyModuleService;
  await service.seedDefaultCurrencies();
};

export default defaultCurrenciesLoader;
