import type { TesseraContainer } from "../../framework/container/container.ts";
import { TesseraError } from "../../framework/errors/tessera-error.ts";
import type { Context } from "../../framework/modules/service-factory.ts";
import { type Decimal, toDecimal } from "../../framework/money/index.ts";
import { priceSetsOf } from "./catalog.ts";

/** Where a line is priced: a cart's or an order's currency, region and customer. */
export interface PriceContext {
  currency_code: string;
  region_id: string | null;
  customer_id: string | null;
}

/** A line's price from the pricing module: the unit price, the price before a sale, and whether taxes are in it. */
export interface LinePrice {
  unit_price: Decimal;
  compare_at_unit_price: Decimal | null;
  is_tax_inclusive: boolean;
}

/**
 * Prices lines of variants with the pricing module's calculatePrices in the context (currency,
 * region, the customer's groups, the line's quantity), keyed by the line's id; a variant without
 * a price in the currency is INVALID_DATA. Carts re-price with it, order edits price added items.
 */
export async function priceVariantLines(
  container: TesseraContainer,
  context: PriceContext,
  lines: { id: string; variant_id: string; quantity: number }[],
  ctx: Context,
): Promise<Map<string, LinePrice>> {
  const out = new Map<string, LinePrice>();
  if (!lines.length) return out;
  const sets = await priceSetsOf(container, [...new Set(lines.map((l) => l.variant_id))], ctx);
  const groups =
    context.customer_id && container.hasRegistration("customer")
      ? ((
          await container.resolve("customer").listCustomers({ id: context.customer_id }, { relations: ["groups"] }, ctx)
        )[0]?.groups?.map((g) => g.id) ?? [])
      : [];
  // One calculatePrices per distinct quantity (tiers depend on it): a cart has few.
  for (const quantity of new Set(lines.map((l) => l.quantity))) {
    const sameQuantity = lines.filter((l) => l.quantity === quantity);
    const setIds = [...new Set(sameQuantity.map((l) => sets.get(l.variant_id)).filter((s): s is string => !!s))];
    const prices = setIds.length
      ? await container.resolve("pricing").calculatePrices(
          { id: setIds },
          {
            context: {
              currency_code: context.currency_code,
              quantity,
              ...(context.region_id ? { region_id: context.region_id } : {}),
              ...(groups.length ? { customer_group_id: groups } : {}),
            },
          },
          ctx,
        )
      : [];
    for (const line of sameQuantity) {
      const price = prices.find((p) => p.id === sets.get(line.variant_id));
      if (!price || price.calculated_amount == null)
        throw new TesseraError(
          TesseraError.Types.INVALID_DATA,
          `Variant ${line.variant_id} has no price in ${context.currency_code.toUpperCase()}`,
          { field: ["variantId"] },
        );
      const unit = toDecimal(price.calculated_amount);
      const original = price.original_amount == null ? null : toDecimal(price.original_amount);
      out.set(line.id, {
        unit_price: unit,
        compare_at_unit_price: original?.greaterThan(unit) ? original : null,
        is_tax_inclusive: price.is_calculated_price_tax_inclusive === true,
      });
    }
  }
  return out;
}
