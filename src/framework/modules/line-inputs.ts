import type { Prisma } from "../../generated/prisma/client.ts";
import { type AmountInput, toDecimal } from "../money/index.ts";

// Carts and orders hold the same lines: addresses, line items as sold, shipping methods as chosen,
// and their discounts. Each module names its inputs (CartLineItemInput, OrderLineItemInput) from
// these shapes and adds what is its own (a cart's id, an order's adjustments and tax lines).

/** Free-form data stored with a record (JSON). */
export type Metadata = Prisma.JsonObject;

/** A shipping or billing address (Medusa's CreateAddressDTO). */
export interface AddressInput {
  customer_id?: string | null;
  company?: string | null;
  first_name?: string | null;
  last_name?: string | null;
  address_1?: string | null;
  address_2?: string | null;
  city?: string | null;
  country_code?: string | null;
  province?: string | null;
  postal_code?: string | null;
  phone?: string | null;
  metadata?: Metadata | null;
}

/** A line item as sold: the variant's and product's snapshots, copied so the item stays as it was sold. */
export interface LineItemSnapshot {
  title: string;
  quantity: number;
  unit_price: AmountInput;
  subtitle?: string | null;
  thumbnail?: string | null;
  variant_id?: string | null;
  product_id?: string | null;
  product_title?: string | null;
  product_description?: string | null;
  product_subtitle?: string | null;
  product_type_id?: string | null;
  product_handle?: string | null;
  variant_sku?: string | null;
  variant_barcode?: string | null;
  variant_title?: string | null;
  requires_shipping?: boolean;
  is_discountable?: boolean;
  is_tax_inclusive?: boolean;
  compare_at_unit_price?: AmountInput | null;
  metadata?: Metadata | null;
}

/** A shipping method as chosen. */
export interface ShippingMethodSnapshot {
  name: string;
  amount: AmountInput;
  is_tax_inclusive?: boolean;
  shipping_option_id?: string | null;
  data?: Metadata | null;
  metadata?: Metadata | null;
}

/** A discount on an item or a shipping method (a promotion's adjustment). */
export interface AdjustmentInput {
  amount: AmountInput;
  code?: string | null;
  promotion_id?: string | null;
  description?: string | null;
  is_tax_inclusive?: boolean;
  provider_id?: string | null;
}

/** An adjustment's columns, the same in a cart and an order: the amount as a decimal, the rest null when not given. */
export const adjustmentColumns = (a: AdjustmentInput) => ({
  amount: toDecimal(a.amount),
  code: a.code ?? null,
  promotion_id: a.promotion_id ?? null,
  description: a.description ?? null,
  is_tax_inclusive: a.is_tax_inclusive ?? false,
  provider_id: a.provider_id ?? null,
});

/**
 * An adjustment of an item for a replacing set (`setLineItemAdjustments`): with `id` it is kept
 * and updated, without one created; a promotion's addItemAdjustment action fits as it is.
 */
export interface LineItemAdjustmentInput extends AdjustmentInput {
  id?: string;
  item_id: string;
}

/** Like LineItemAdjustmentInput, for a shipping method (an addShippingMethodAdjustment action fits). */
export interface ShippingMethodAdjustmentInput extends AdjustmentInput {
  id?: string;
  shipping_method_id: string;
}
