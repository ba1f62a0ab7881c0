import type { Prisma } from "../../generated/prisma/client.ts";
import type { AmountInput } from "../../framework/money/index.ts";

/** Free-form data stored with a record (JSON). */
export type Metadata = Prisma.JsonObject;

/** An order's shipping or billing address (a copy: the cart's may change or go). */
export interface OrderAddressInput {
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

/** A discount on an item or a shipping method (a promotion's adjustment, copied from the cart). */
export interface OrderAdjustmentInput {
  amount: AmountInput;
  code?: string | null;
  promotion_id?: string | null;
  description?: string | null;
  is_tax_inclusive?: boolean;
  provider_id?: string | null;
}

/** An adjustment for setOrderLineItemAdjustments (a computeActions addItemAdjustment action fits). */
export interface OrderLineItemAdjustmentInput extends OrderAdjustmentInput {
  /** Kept (updated) when it names an adjustment of the order. */
  id?: string;
  item_id: string;
}

/** An adjustment for setOrderShippingMethodAdjustments (an addShippingMethodAdjustment action fits). */
export interface OrderShippingMethodAdjustmentInput extends OrderAdjustmentInput {
  id?: string;
  shipping_method_id: string;
}

/** A tax line of an item or a shipping method: `rate` is a percentage. */
export interface OrderTaxLineInput {
  rate: AmountInput;
  code: string;
  description?: string | null;
  provider_id?: string | null;
  tax_rate_id?: string | null;
}

/** An item as sold: the variant's and product's snapshots, the price, its discounts and taxes. */
export interface OrderLineItemInput {
  /** Given when the caller must know it first (reservations name the order's line item). */
  id?: string;
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
  adjustments?: OrderAdjustmentInput[];
  tax_lines?: OrderTaxLineInput[];
}

/** A shipping method as chosen, with its discounts and taxes. */
export interface OrderShippingMethodInput {
  name: string;
  amount: AmountInput;
  is_tax_inclusive?: boolean;
  shipping_option_id?: string | null;
  data?: Metadata | null;
  metadata?: Metadata | null;
  adjustments?: OrderAdjustmentInput[];
  tax_lines?: OrderTaxLineInput[];
}

/** An order to create with everything in it (Medusa's CreateOrderDTO). */
export interface CreateOrderInput {
  id?: string;
  currency_code: string;
  region_id?: string | null;
  customer_id?: string | null;
  sales_channel_id?: string | null;
  email?: string | null;
  status?: "draft" | "pending" | "completed" | "canceled" | "archived" | "requires_action";
  /** A draft order (status "draft"): not placed yet. */
  is_draft_order?: boolean;
  shipping_address?: OrderAddressInput | null;
  billing_address?: OrderAddressInput | null;
  metadata?: Metadata | null;
  items: OrderLineItemInput[];
  shipping_methods?: OrderShippingMethodInput[];
}

/** What kind of change an OrderChange records (Medusa's change types plus the fulfilment steps). */
export type OrderChangeType =
  | "edit"
  | "return"
  | "exchange"
  | "claim"
  | "cancel"
  | "fulfillment"
  | "shipment"
  | "delivery"
  | "payment"
  | "promotion";

/** One action of an order change (Medusa's action names, e.g. ITEM_ADD, FULFILL_ITEM, RETURN_ITEM). */
export interface OrderChangeActionInput {
  action: string;
  reference?: string | null;
  reference_id?: string | null;
  details?: Metadata | null;
  amount?: AmountInput | null;
  internal_note?: string | null;
}

/** A change to begin (pending until confirmed) or to record at once (confirmed). */
export interface OrderChangeInput {
  order_id: string;
  change_type: OrderChangeType;
  actions?: OrderChangeActionInput[];
  return_id?: string | null;
  exchange_id?: string | null;
  claim_id?: string | null;
  description?: string | null;
  internal_note?: string | null;
  created_by?: string | null;
  metadata?: Metadata | null;
}

/** Money that moved for an order: a capture (positive) or a refund (negative amount). */
export interface OrderTransactionInput {
  order_id: string;
  amount: AmountInput;
  currency_code: string;
  reference: "capture" | "refund";
  reference_id?: string | null;
  metadata?: Metadata | null;
}
