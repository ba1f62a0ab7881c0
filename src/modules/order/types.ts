import type { AmountInput } from "../../framework/money/index.ts";
import type * as lines from "../../framework/modules/line-inputs.ts";

export type Metadata = lines.Metadata;

/** An order's shipping or billing address (a copy: the cart's may change or go). */
export type OrderAddressInput = lines.AddressInput;
/** A discount on an item or a shipping method (a promotion's adjustment, copied from the cart). */
export type OrderAdjustmentInput = lines.AdjustmentInput;
/** An adjustment for setOrderLineItemAdjustments (a computeActions addItemAdjustment action fits). */
export type OrderLineItemAdjustmentInput = lines.LineItemAdjustmentInput;
/** An adjustment for setOrderShippingMethodAdjustments (an addShippingMethodAdjustment action fits). */
export type OrderShippingMethodAdjustmentInput = lines.ShippingMethodAdjustmentInput;

/** A tax line of an item or a shipping method: `rate` is a percentage. */
export interface OrderTaxLineInput {
  rate: AmountInput;
  code: string;
  description?: string | null;
  provider_id?: string | null;
  tax_rate_id?: string | null;
}

/** An item as sold: the variant's and product's snapshots, the price, its discounts and taxes. */
export interface OrderLineItemInput extends lines.LineItemSnapshot {
  /** Given when the caller must know it first (reservations name the order's line item). */
  id?: string;
  adjustments?: OrderAdjustmentInput[];
  tax_lines?: OrderTaxLineInput[];
}

/** A shipping method as chosen, with its discounts and taxes. */
export interface OrderShippingMethodInput extends lines.ShippingMethodSnapshot {
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
