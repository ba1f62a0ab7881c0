import { generateId } from "../../framework/modules/model.ts";
import type { Row } from "../../framework/modules/service-factory.ts";
import type { CreateOrderInput, Metadata, OrderAddressInput } from "../../modules/order/types.ts";
import type { ComputeActions } from "../../modules/promotion/types.ts";

/** A cart as completion reads it: lines with their adjustments and tax lines, both addresses. */
export type CompletingCart = Row<"Cart">;

type AddressRow = NonNullable<CompletingCart["shipping_address"]>;
const address = (a: AddressRow | null | undefined): OrderAddressInput | null =>
  a
    ? {
        customer_id: a.customer_id,
        company: a.company,
        first_name: a.first_name,
        last_name: a.last_name,
        address_1: a.address_1,
        address_2: a.address_2,
        city: a.city,
        country_code: a.country_code,
        province: a.province,
        postal_code: a.postal_code,
        phone: a.phone,
        metadata: (a.metadata as Metadata | null) ?? null,
      }
    : null;

type Adjustment = {
  amount: { toFixed(): string };
  code: string | null;
  promotion_id: string | null;
  description: string | null;
  is_tax_inclusive: boolean;
  provider_id: string | null;
};
type TaxLine = {
  rate: { toFixed(): string };
  code: string;
  description: string | null;
  provider_id: string | null;
  tax_rate_id: string | null;
};
const adjustments = (rows: readonly Adjustment[] | undefined) =>
  (rows ?? []).map((a) => ({
    amount: a.amount.toFixed(),
    code: a.code,
    promotion_id: a.promotion_id,
    description: a.description,
    is_tax_inclusive: a.is_tax_inclusive,
    provider_id: a.provider_id,
  }));
const taxLines = (rows: readonly TaxLine[] | undefined) =>
  (rows ?? []).map((l) => ({
    rate: l.rate.toFixed(),
    code: l.code,
    description: l.description,
    provider_id: l.provider_id,
    tax_rate_id: l.tax_rate_id,
  }));

/**
 * The order a cart becomes, as plain data (a step's output is stored as JSON): everything copied,
 * so the order stays as sold whatever happens to the cart or the catalogue. Its id and its items'
 * ids are made here, so reservations can name the order's lines before the order is written.
 */
export function orderFromCart(cart: CompletingCart): CreateOrderInput & { id: string } {
  return {
    id: generateId("order"),
    currency_code: cart.currency_code,
    region_id: cart.region_id,
    customer_id: cart.customer_id,
    sales_channel_id: cart.sales_channel_id,
    email: cart.email,
    status: "pending",
    shipping_address: address(cart.shipping_address),
    billing_address: address(cart.billing_address),
    metadata: (cart.metadata as Metadata | null) ?? null,
    items: (cart.items ?? []).map((i) => ({
      id: generateId("ordli"),
      title: i.title,
      subtitle: i.subtitle,
      thumbnail: i.thumbnail,
      quantity: i.quantity,
      unit_price: i.unit_price.toFixed(),
      compare_at_unit_price: i.compare_at_unit_price?.toFixed() ?? null,
      is_tax_inclusive: i.is_tax_inclusive,
      requires_shipping: i.requires_shipping,
      is_discountable: i.is_discountable,
      variant_id: i.variant_id,
      product_id: i.product_id,
      product_title: i.product_title,
      product_description: i.product_description,
      product_subtitle: i.product_subtitle,
      product_type_id: i.product_type_id,
      product_handle: i.product_handle,
      variant_sku: i.variant_sku,
      variant_barcode: i.variant_barcode,
      variant_title: i.variant_title,
      metadata: (i.metadata as Metadata | null) ?? null,
      adjustments: adjustments(i.adjustments),
      tax_lines: taxLines(i.tax_lines),
    })),
    shipping_methods: (cart.shipping_methods ?? []).map((m) => ({
      name: m.name,
      amount: m.amount.toFixed(),
      is_tax_inclusive: m.is_tax_inclusive,
      shipping_option_id: m.shipping_option_id,
      data: (m.data as Metadata | null) ?? null,
      metadata: (m.metadata as Metadata | null) ?? null,
      adjustments: adjustments(m.adjustments),
      tax_lines: taxLines(m.tax_lines),
    })),
  };
}

/**
 * The promotion uses a cart's adjustments stand for, as the promotion module's actions
 * (registerUsage consumes their campaign budgets at placement). Adjustments without a code
 * (a manual discount) use no budget.
 */
export function promotionUsageOf(cart: CompletingCart): ComputeActions[] {
  const items = (cart.items ?? []).flatMap((i) =>
    (i.adjustments ?? [])
      .filter((a) => a.code)
      .map((a) => ({
        action: "addItemAdjustment" as const,
        item_id: i.id,
        amount: a.amount.toFixed(),
        code: a.code ?? "",
        ...(a.promotion_id ? { promotion_id: a.promotion_id } : {}),
      })),
  );
  const shipping = (cart.shipping_methods ?? []).flatMap((m) =>
    (m.adjustments ?? [])
      .filter((a) => a.code)
      .map((a) => ({
        action: "addShippingMethodAdjustment" as const,
        shipping_method_id: m.id,
        amount: a.amount.toFixed(),
        code: a.code ?? "",
        ...(a.promotion_id ? { promotion_id: a.promotion_id } : {}),
      })),
  );
  return [...items, ...shipping];
}
