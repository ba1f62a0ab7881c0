import type { Prisma } from "../../generated/prisma/client.ts";
import type { AmountInput } from "../../framework/money/index.ts";

/** Free-form data stored with a record (JSON). */
export type Metadata = Prisma.JsonObject;

/** An address of a cart (shipping or billing), Medusa's CreateAddressDTO. */
export interface CartAddressInput {
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

/** A cart to create: addresses are created with it. */
export interface CartInput {
  currency_code: string;
  region_id?: string | null;
  customer_id?: string | null;
  sales_channel_id?: string | null;
  email?: string | null;
  shipping_address?: CartAddressInput | null;
  billing_address?: CartAddressInput | null;
  metadata?: Metadata | null;
}

/** A line item to add to a cart: the variant's snapshots are copied, so the item stays as it was sold. */
export interface CartLineItemInput {
  cart_id: string;
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

/** A shipping method to add to a cart. */
export interface CartShippingMethodInput {
  cart_id: string;
  name: string;
  amount: AmountInput;
  is_tax_inclusive?: boolean;
  shipping_option_id?: string | null;
  data?: Metadata | null;
  metadata?: Metadata | null;
}

/**
 * An adjustment (a promotion's discount) for `setLineItemAdjustments`: with `id` it is kept and
 * updated, without one created. Extra keys (a promotion action's `action`) are ignored, so the
 * promotion module's `addItemAdjustment` actions can be passed as they are.
 */
export interface LineItemAdjustmentInput {
  id?: string;
  item_id: string;
  amount: AmountInput;
  code?: string | null;
  promotion_id?: string | null;
  description?: string | null;
  is_tax_inclusive?: boolean;
  provider_id?: string | null;
}
/** Like LineItemAdjustmentInput, for a shipping method. */
export interface ShippingMethodAdjustmentInput extends Omit<LineItemAdjustmentInput, "item_id"> {
  shipping_method_id: string;
}

/**
 * A tax line for `setLineItemTaxLines`: the tax module's `getTaxLines` answer (`line_item_id`,
 * `rate_id`, `name`) or the cart's own shape (`item_id`, `tax_rate_id`, `description`).
 */
export interface LineItemTaxLineInput {
  id?: string;
  item_id?: string;
  line_item_id?: string;
  rate: AmountInput | null;
  code: string;
  description?: string | null;
  name?: string | null;
  provider_id?: string | null;
  tax_rate_id?: string | null;
  rate_id?: string | null;
}
/** A shipping method's tax line: `shipping_line_id` (getTaxLines) or `shipping_method_id`. */
export interface ShippingMethodTaxLineInput extends Omit<LineItemTaxLineInput, "item_id" | "line_item_id"> {
  shipping_method_id?: string;
  shipping_line_id?: string;
}
