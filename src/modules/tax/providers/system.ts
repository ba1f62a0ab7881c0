import type { ItemTaxLine, ShippingTaxLine, TaxProvider } from "./types.ts";

/** The id of the default provider, used by tax regions without a `provider_id`. */
export const SYSTEM_TAX_PROVIDER = "tp_system";

/** The default provider: one tax line per picked rate, exactly the rates the tax module chose. */
export const systemTaxProvider: TaxProvider = {
  identifier: SYSTEM_TAX_PROVIDER,
  async getTaxLines(itemLines, shippingLines) {
    const base = { provider_id: SYSTEM_TAX_PROVIDER };
    const items: ItemTaxLine[] = itemLines.flatMap(({ line_item, rates }) =>
      rates.map((r) => ({
        ...base,
        rate_id: r.id,
        rate: r.rate,
        code: r.code,
        name: r.name,
        line_item_id: line_item.id,
      })),
    );
    const shipping: ShippingTaxLine[] = shippingLines.flatMap(({ shipping_line, rates }) =>
      rates.map((r) => ({
        ...base,
        rate_id: r.id,
        rate: r.rate,
        code: r.code,
        name: r.name,
        shipping_line_id: shipping_line.id,
      })),
    );
    return [...items, ...shipping];
  },
};
