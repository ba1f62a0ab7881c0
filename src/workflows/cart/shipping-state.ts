import type { TesseraContainer } from "../../framework/container/container.ts";
import type { Metadata } from "../../modules/cart/types.ts";
import { toDecimal } from "../../framework/money/index.ts";
import type { Context } from "../../framework/modules/service-factory.ts";

// A cart's shipping methods as plain data (a step's compensation input is stored as JSON), so a
// step that removes or re-prices them can put them back exactly: same ids, adjustments, tax lines.

interface Priced {
  id?: string;
  amount: string;
  code: string | null;
  description: string | null;
  is_tax_inclusive: boolean;
  provider_id: string | null;
  promotion_id: string | null;
}
interface Taxed {
  id?: string;
  rate: string;
  code: string;
  description: string | null;
  provider_id: string | null;
  tax_rate_id: string | null;
}

/** A shipping method with its adjustments and tax lines. */
export interface ShippingMethodSnapshot {
  id: string;
  cart_id: string;
  name: string;
  amount: string;
  is_tax_inclusive: boolean;
  shipping_option_id: string | null;
  data: Metadata | null;
  metadata: Metadata | null;
  adjustments: Priced[];
  tax_lines: Taxed[];
}

type MethodRow = Awaited<ReturnType<typeof loadMethods>>[number];

/** The cart's shipping methods with their adjustments and tax lines. */
export function loadMethods(container: TesseraContainer, cartId: string, ctx: Context) {
  return container
    .resolve("cart")
    .listShippingMethods({ cart_id: cartId }, { relations: ["adjustments", "tax_lines"], order: { id: "ASC" } }, ctx);
}

/** A loaded shipping method as plain data. */
export function snapshotMethod(m: MethodRow): ShippingMethodSnapshot {
  return {
    id: m.id,
    cart_id: m.cart_id,
    name: m.name,
    amount: m.amount.toFixed(),
    is_tax_inclusive: m.is_tax_inclusive,
    shipping_option_id: m.shipping_option_id,
    data: (m.data as Metadata | null) ?? null,
    metadata: (m.metadata as Metadata | null) ?? null,
    adjustments: (m.adjustments ?? []).map((a) => ({
      id: a.id,
      amount: a.amount.toFixed(),
      code: a.code,
      description: a.description,
      is_tax_inclusive: a.is_tax_inclusive,
      provider_id: a.provider_id,
      promotion_id: a.promotion_id,
    })),
    tax_lines: (m.tax_lines ?? []).map((l) => ({
      id: l.id,
      rate: l.rate.toFixed(),
      code: l.code,
      description: l.description,
      provider_id: l.provider_id,
      tax_rate_id: l.tax_rate_id,
    })),
  };
}

/** Creates removed shipping methods again, as they were (ids included). */
export async function recreateMethods(container: TesseraContainer, methods: ShippingMethodSnapshot[], ctx: Context) {
  const service = container.resolve("cart");
  for (const { adjustments, tax_lines, data, metadata, ...m } of methods) {
    await service.createShippingMethods(
      { ...m, amount: toDecimal(m.amount), ...(data ? { data } : {}), ...(metadata ? { metadata } : {}) },
      ctx,
    );
    if (adjustments.length)
      await service.createShippingMethodAdjustments(
        adjustments.map((a) => ({ ...a, amount: toDecimal(a.amount), shipping_method_id: m.id })),
        ctx,
      );
    if (tax_lines.length)
      await service.createShippingMethodTaxLines(
        tax_lines.map((l) => ({ ...l, rate: toDecimal(l.rate), shipping_method_id: m.id })),
        ctx,
      );
  }
}
