// Medusa's computeActions types (@medusajs/framework/types, PromotionTypes), with amounts as
// decimal strings rounded to the currency: money never travels as a float here.
import type { AmountInput } from "../../framework/money/index.ts";

/** An adjustment already on a line, as the cart or order holds it; only `id` and `code` are read. */
export interface ComputeActionAdjustmentLine extends Record<string, unknown> {
  id: string;
  code: string;
}

/**
 * A line item in the context. `subtotal` is the line's amount before discounts; without it,
 * `unit_price × quantity`. Any other attribute (product, variant_id, ...) is what rules read.
 */
export interface ComputeActionItemLine extends Record<string, unknown> {
  id: string;
  quantity: AmountInput;
  subtotal?: AmountInput | null;
  unit_price?: AmountInput | null;
  /** false: no promotion discounts this line. */
  is_discountable?: boolean | null;
  adjustments?: ComputeActionAdjustmentLine[];
}

/** A shipping method in the context: `subtotal`, or its `amount`. */
export interface ComputeActionShippingLine extends Record<string, unknown> {
  id: string;
  subtotal?: AmountInput | null;
  amount?: AmountInput | null;
  adjustments?: ComputeActionAdjustmentLine[];
}

/**
 * What promotions are computed for: a cart's or an order's lines and whatever rules read
 * (`currency_code`, `region_id`, `sales_channel_id`, `customer: { id, groups: [{ id }] }`, ...).
 */
export interface ComputeActionContext extends Record<string, unknown> {
  items?: ComputeActionItemLine[];
  shipping_methods?: ComputeActionShippingLine[];
  /** Amounts are rounded to this currency; fixed promotions in another currency do not apply. */
  currency_code?: string | null;
}

/** Options of computeActions. */
export interface ComputeActionOptions {
  /** Leave automatic promotions out (default: they apply without a code). */
  prevent_auto_promotions?: boolean;
}

/** Take `amount` off a line item. */
export interface AddItemAdjustmentAction {
  action: "addItemAdjustment";
  item_id: string;
  /** A decimal string rounded to the currency ("12.50"). */
  amount: string;
  code: string;
  promotion_id?: string;
  description?: string;
}

/** Remove an adjustment a line item carries (computeActions recomputes every code from scratch). */
export interface RemoveItemAdjustmentAction {
  action: "removeItemAdjustment";
  adjustment_id: string;
  code: string;
  description?: string;
}

/** Take `amount` off a shipping method. */
export interface AddShippingMethodAdjustment {
  action: "addShippingMethodAdjustment";
  shipping_method_id: string;
  /** A decimal string rounded to the currency. */
  amount: string;
  code: string;
  promotion_id?: string;
  description?: string;
}

/** Remove an adjustment a shipping method carries. */
export interface RemoveShippingMethodAdjustment {
  action: "removeShippingMethodAdjustment";
  adjustment_id: string;
  code: string;
}

/** The promotion's campaign budget cannot cover this use: nothing of it is applied. */
export interface CampaignBudgetExceededAction {
  action: "campaignBudgetExceeded";
  code: string;
}

export type ComputeActions =
  | AddItemAdjustmentAction
  | RemoveItemAdjustmentAction
  | AddShippingMethodAdjustment
  | RemoveShippingMethodAdjustment
  | CampaignBudgetExceededAction;

/** The actions that consume a campaign budget (registerUsage / revertUsage). */
export type UsageComputedActions = AddItemAdjustmentAction | AddShippingMethodAdjustment;

/** Why a code does or does not apply to a context (checkPromotionCodes). */
export type PromotionCodeStatus =
  | "applicable"
  | "unknown"
  | "inactive"
  | "not_started"
  | "expired"
  | "rules_not_met"
  | "not_applicable"
  | "budget_exceeded";

/** A rule as given to create or add: `values` compared with the context's value at `attribute`. */
export interface PromotionRuleInput {
  attribute: string;
  operator: "in" | "eq" | "ne" | "gt" | "gte" | "lt" | "lte";
  values: string[];
  description?: string | null;
}

export interface ApplicationMethodInput {
  type: "fixed" | "percentage";
  target_type: "items" | "shipping_methods" | "order";
  allocation?: "each" | "across" | null;
  value: string;
  currency_code?: string | null;
  max_quantity?: number | null;
  apply_to_quantity?: number | null;
  buy_rules_min_quantity?: number | null;
  target_rules?: PromotionRuleInput[];
  buy_rules?: PromotionRuleInput[];
}

export interface CreatePromotionInput {
  code: string;
  type?: "standard" | "buyget";
  is_automatic?: boolean;
  status?: "draft" | "active" | "inactive";
  campaign_id?: string | null;
  metadata?: Record<string, unknown> | null;
  application_method: ApplicationMethodInput;
  rules?: PromotionRuleInput[];
}

/** An update: given columns change; `application_method` fields merge into the method (its rules stay). */
export interface UpdatePromotionInput {
  id: string;
  code?: string;
  is_automatic?: boolean;
  status?: "draft" | "active" | "inactive";
  campaign_id?: string | null;
  metadata?: Record<string, unknown> | null;
  application_method?: Partial<Omit<ApplicationMethodInput, "target_rules" | "buy_rules">>;
}

export interface CampaignBudgetInput {
  type: "spend" | "usage";
  limit?: string | null;
  currency_code?: string | null;
}

export interface CreateCampaignInput {
  name: string;
  campaign_identifier: string;
  description?: string | null;
  starts_at?: Date | null;
  ends_at?: Date | null;
  budget?: CampaignBudgetInput | null;
}

/** A campaign update; `budget.limit` changes the limit (never below what is used), the type stays. */
export interface UpdateCampaignInput {
  id: string;
  name?: string;
  campaign_identifier?: string;
  description?: string | null;
  starts_at?: Date | null;
  ends_at?: Date | null;
  budget?: { limit?: string | null } | null;
}
