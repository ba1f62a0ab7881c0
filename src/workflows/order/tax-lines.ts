import type { ItemTaxLine, ShippingTaxLine } from "../../modules/tax/providers/types.ts";

/**
 * The tax lines getTaxLines answered for one line (an item's `line_item_id` or a shipping
 * method's `shipping_line_id`), in the order's columns (`description`, `tax_rate_id`).
 */
export const orderTaxLinesOf = (lines: (ItemTaxLine | ShippingTaxLine)[], lineId: string) =>
  lines
    .filter((t) => ("line_item_id" in t ? t.line_item_id : t.shipping_line_id) === lineId)
    .map((t) => ({
      rate: t.rate ?? "0",
      code: t.code,
      description: t.name,
      provider_id: t.provider_id,
      tax_rate_id: t.rate_id,
    }));
