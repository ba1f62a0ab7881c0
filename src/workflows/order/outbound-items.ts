import type { TesseraContainer } from "../../framework/container/container.ts";
import { TesseraError } from "../../framework/errors/tessera-error.ts";
import { generateId } from "../../framework/modules/model.ts";
import type { OutboundItemInput } from "../../modules/order/lifecycle-service.ts";
import { priceSetsOf } from "../cart/catalog.ts";

/** The order an exchange or a claim sends items for: its currency, region and shipping address. */
export interface OutboundContext {
  currency_code: string;
  region_id: string | null;
  country_code: string | null;
  province: string | null;
}

/**
 * New order lines for variants, as a cart would price them now (the pricing module in the
 * order's currency and region) with the tax module's lines for the order's shipping address;
 * `free` lines (a claim's replacements) cost nothing. A variant without a price in the currency
 * is INVALID_DATA on `field`.
 */
export async function outboundItems(
  container: TesseraContainer,
  order: OutboundContext,
  wanted: { variant_id: string; quantity: number }[],
  options: { free: boolean; field: string },
): Promise<OutboundItemInput[]> {
  if (!wanted.length) return [];
  const ids = [...new Set(wanted.map((w) => w.variant_id))];
  const variants = await container.resolve("product").listProductVariants({ id: ids }, { relations: ["product"] });
  const sets = await priceSetsOf(container, ids, {});
  const prices = await container
    .resolve("pricing")
    .calculatePrices(
      { id: [...sets.values()] },
      { context: { currency_code: order.currency_code, ...(order.region_id ? { region_id: order.region_id } : {}) } },
    );
  const lines = wanted.map((w, n) => {
    const variant = variants.find((v) => v.id === w.variant_id);
    const price = prices.find((p) => p.id === sets.get(w.variant_id));
    if (!variant || (!options.free && price?.calculated_amount == null))
      throw new TesseraError(
        TesseraError.Types.INVALID_DATA,
        `Variant ${w.variant_id} is unknown or has no price in ${order.currency_code}`,
        { field: [options.field, String(n), "variantId"] },
      );
    if (!Number.isInteger(w.quantity) || w.quantity <= 0)
      throw new TesseraError(TesseraError.Types.INVALID_DATA, "quantity must be a positive integer", {
        field: [options.field, String(n), "quantity"],
      });
    return {
      id: generateId("ordli"),
      title: variant.product?.title ?? variant.title,
      subtitle: variant.title,
      quantity: w.quantity,
      unit_price: options.free ? "0" : (price?.calculated_amount ?? "0"),
      is_tax_inclusive: price?.is_calculated_price_tax_inclusive ?? false,
      variant_id: variant.id,
      product_id: variant.product_id,
      product_title: variant.product?.title ?? null,
      product_handle: variant.product?.handle ?? null,
      variant_sku: variant.sku,
      variant_title: variant.title,
    } satisfies OutboundItemInput;
  });
  if (!order.country_code || !container.hasRegistration("tax")) return lines;
  const taxes = await container.resolve("tax").getTaxLines(
    lines.map((l) => ({ id: l.id, product_id: l.product_id, quantity: l.quantity, unit_price: l.unit_price })),
    { address: { country_code: order.country_code, province_code: order.province } },
  );
  return lines.map((l) => ({
    ...l,
    tax_lines: taxes
      .filter((t) => "line_item_id" in t && t.line_item_id === l.id)
      .map((t) => ({
        rate: t.rate ?? "0",
        code: t.code,
        description: t.name,
        tax_rate_id: t.rate_id,
        provider_id: t.provider_id,
      })),
  }));
}
