import { Decimal } from "../../framework/money/index.ts";
import { computeTotals, type Totals, type TotalsShippingMethod } from "../../framework/totals/index.ts";
import type { OrderLineItemInput, OrderTaxLineInput } from "../../modules/order/types.ts";
import type { LoadedOrder } from "./order-state.ts";

// An order edit is an `edit` OrderChange whose actions say what changes (Medusa's ITEM_ADD,
// ITEM_UPDATE, ITEM_REMOVE). The preview applies them to the order as loaded, in memory: the
// same lines confirm writes, and the same computeTotals carts and orders use.

/** What an ITEM_ADD action stores: the priced, taxed line to create (its id is the action's reference_id). */
export type AddedItemDetails = Omit<OrderLineItemInput, "id" | "adjustments" | "tax_lines" | "unit_price"> & {
  unit_price: string;
  compare_at_unit_price: string | null;
  tax_lines: (Omit<OrderTaxLineInput, "rate"> & { rate: string })[];
};

/** One action of an edit as the preview reads it. */
export interface EditAction {
  id: string;
  action: string;
  reference_id: string | null;
  details: unknown;
}

/** A line of the previewed order: the order's item with its new quantity, or an added one. */
export interface PreviewItem {
  id: string;
  title: string;
  variant_id: string | null;
  variant_sku: string | null;
  quantity: number;
  /** The quantity before the edit (0 for an added line). */
  original_quantity: number;
  fulfilled_quantity: number;
  unit_price: Decimal;
  is_tax_inclusive: boolean;
  is_discountable: boolean;
  product_id: string | null;
  product_type_id: string | null;
  /** Its adjustments; `code` marks a promotion's (computed again by an edit). */
  adjustments: { id: string; code: string | null; amount: Decimal; is_tax_inclusive: boolean }[];
  tax_lines: { rate: Decimal }[];
  /** added | updated | removed | unchanged */
  change: "added" | "updated" | "removed" | "unchanged";
}

export interface OrderPreview {
  currency_code: string;
  items: PreviewItem[];
  /** The order's shipping methods as the edit leaves them (their promotions computed again). */
  shipping_methods: readonly TotalsShippingMethod[];
  totals: Totals;
  /** The order's totals as they stand. */
  current: Totals;
}

const quantityOf = (details: unknown): number => Number((details as { quantity?: number } | null)?.quantity ?? 0);

/** The order with the edit's actions applied, and its totals before and after. Removed lines are listed (quantity 0). */
export function previewOrderEdit(order: LoadedOrder, actions: EditAction[]): OrderPreview {
  const byItem = new Map(actions.filter((a) => a.action !== "ITEM_ADD").map((a) => [a.reference_id, a]));
  const items: PreviewItem[] = (order.items ?? []).map((i) => {
    const action = byItem.get(i.id);
    const quantity = action?.action === "ITEM_REMOVE" ? 0 : action ? quantityOf(action.details) : i.quantity;
    return {
      ...i,
      quantity,
      original_quantity: i.quantity,
      adjustments: i.adjustments ?? [],
      tax_lines: i.tax_lines ?? [],
      change: action?.action === "ITEM_REMOVE" ? "removed" : quantity !== i.quantity ? "updated" : "unchanged",
    };
  });
  for (const a of actions.filter((x) => x.action === "ITEM_ADD")) {
    const d = a.details as AddedItemDetails;
    items.push({
      id: a.reference_id ?? a.id,
      title: d.title,
      variant_id: d.variant_id ?? null,
      variant_sku: d.variant_sku ?? null,
      quantity: d.quantity,
      original_quantity: 0,
      fulfilled_quantity: 0,
      unit_price: new Decimal(d.unit_price),
      is_tax_inclusive: d.is_tax_inclusive ?? false,
      is_discountable: d.is_discountable ?? true,
      product_id: d.product_id ?? null,
      product_type_id: d.product_type_id ?? null,
      adjustments: [],
      tax_lines: d.tax_lines.map((t) => ({ rate: new Decimal(t.rate) })),
      change: "added",
    });
  }
  const totalsOf = (lines: PreviewItem[] | LoadedOrder["items"]) =>
    computeTotals({ currency_code: order.currency_code, items: lines, shipping_methods: order.shipping_methods });
  return {
    currency_code: order.currency_code,
    items,
    shipping_methods: order.shipping_methods ?? [],
    totals: totalsOf(items.filter((i) => i.quantity > 0)),
    current: totalsOf(order.items),
  };
}
