import { TesseraError } from "../../framework/errors/tessera-error.ts";
import { defaultCurrencies } from "../../framework/money/index.ts";
import { ModuleService, type Context } from "../../framework/modules/service-factory.ts";
import { Currency } from "./models.ts";

export default class CurrencyModuleService extends ModuleService({ Currency }) {
  /** Adds the default ISO currencies that are missing; existing rows are left as they are. */
  async seedDefaultCurrencies(ctx?: Context): Promise<number> {
    const result = await this.client(ctx).currency.createMany({ data: [...defaultCurrencies], skipDuplicates: true });
    return result.count;
  }

  /**
   * Checks that every code is a known, live currency; an unknown one is INVALID_DATA on `field`.
   * @example await currency.assertCurrencies(["eur", "usd"], ["currencyCode"])
   */
  async assertCurrencies(codes: readonly string[], field: string[], ctx?: Context): Promise<void> {
    const wanted = [...new Set(codes.map((c) => c.toLowerCase()))];
    if (!wanted.length) return;
    const found = await this.listCurrencies({ code: wanted }, { select: ["code"] }, ctx);
    const known = new Set(found.map((c) => c.code));
    const unknown = wanted.filter((code) => !known.has(code));
    if (unknown.length)
      throw new TesseraError(TesseraError.Types.INVALID_DATA, `Unknown currency: ${unknown.join(", ")}`, { field });
  }
}
