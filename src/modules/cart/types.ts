import type { AmountInput } from "../../framework/money/index.ts";
import type {
  AddressInput,
  LineItemAdjustmentInput,
  LineItemSnapshot,
  Metadata,
  ShippingMethodAdjustmentInput,
  ShippingMethodSnapshot,
} from "../../framework/modules/line-inputs.ts";

export type { LineItemAdjustmentInput, Metadata, ShippingMethodAdjustmentInput };

/** An address of a cart (shipping or billing), Medusa's CreateAddressDTO. */
export type CartAddressInput = AddressInput;

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
export interface CartLineItemInput extends LineItemSnapshot {
  cart_id: string;
}

/** A shipping method to add to a cart. */
export interface CartShippingMethodInput extends ShippingMethodSnapshot {
  cart_id: string;
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
