// computeActions over loaded promotions: which ones apply to a context, what each takes off which
// line, whether its campaign's budget allows it, and the removal of the adjustments the context
// already carries (every run recomputes from scratch, as Medusa's does).
import { currencyDecimalDigits, Decimal } from "../../../framework/money/index.ts";
import type { ComputeActionContext, ComputeActions, PromotionCodeStatus } from "../types.ts";
import { itemLines, shippingLines, eligible, type Applied, type LineAmount } from "./lines.ts";
import { rulesMet, type RuleLike } from "./rules.ts";
import { buyGetAmounts, standardAmounts, type MethodLike } from "./strategies.ts";

/** A promotion with what computing it needs (its method, rules, campaign and budget). */
export interface PromotionForCompute {
  id: string;
  code: string;
  type: string;
  status: string;
  application_method?: (MethodLike & { currency_code: string | null }) | null;
  rules?: (RuleLike & { scope: string })[];
  campaign?: {
    starts_at: Date | null;
    ends_at: Date | null;
    budget?: { id: string; type: string; limit: Decimal | null; used: Decimal } | null;
  } | null;
}

export interface Evaluation {
  actions: ComputeActions[];
  /** Each evaluated promotion's outcome, by code. */
  outcomes: Map<string, PromotionCodeStatus>;
}

/** removeItemAdjustment / removeShippingMethodAdjustment for every coded adjustment in the context. */
export function removalActions(context: ComputeActionContext): ComputeActions[] {
  const items = (context.items ?? []).flatMap((item) =>
    (item.adjustments ?? [])
      .filter((a) => typeof a.code === "string")
      .map((a): ComputeActions => ({ action: "removeItemAdjustment", adjustment_id: a.id, code: a.code })),
  );
  const shipping = (context.shipping_methods ?? []).flatMap((method) =>
    (method.adjustments ?? [])
      .filter((a) => typeof a.code === "string")
      .map((a): ComputeActions => ({ action: "removeShippingMethodAdjustment", adjustment_id: a.id, code: a.code })),
  );
  return [...shipping, ...items];
}

function gate(promotion: PromotionForCompute, context: ComputeActionContext, now: Date): PromotionCodeStatus | null {
  if (promotion.status !== "active") return "inactive";
  const campaign = promotion.campaign;
  if (campaign?.starts_at && campaign.starts_at > now) return "not_started";
  if (campaign?.ends_at && campaign.ends_at < now) return "expired";
  const method = promotion.application_method;
  if (!method) return "not_applicable";
  const currency = context.currency_code?.toLowerCase();
  if (method.type === "fixed" && method.currency_code && currency && method.currency_code !== currency)
    return "not_applicable";
  const rules = (promotion.rules ?? []).filter((r) => r.scope === "rules");
  return rulesMet(rules, context) ? null : "rules_not_met";
}

function amountsOf(
  promotion: PromotionForCompute,
  method: MethodLike,
  context: ComputeActionContext,
  applied: Applied,
  digits: number,
) {
  const scoped = (scope: string) => (promotion.rules ?? []).filter((r) => r.scope === scope);
  if (promotion.type === "buyget") {
    const items = itemLines(context.items ?? []);
    return buyGetAmounts(method, { buy: scoped("buy_rules"), target: scoped("target_rules") }, items, applied, digits);
  }
  if (method.target_type === "shipping_methods") {
    const lines = eligible(
      shippingLines(context.shipping_methods ?? []),
      scoped("target_rules"),
      "shipping_methods",
      applied,
    );
    return standardAmounts(method, lines, applied, digits);
  }
  const lines = eligible(itemLines(context.items ?? []), scoped("target_rules"), "items", applied);
  return standardAmounts(method, lines, applied, digits);
}

/**
 * Applies promotions in order (buy-get first, as the most valuable, then as given): each one that
 * passes its status, dates, currency and rules discounts what earlier ones left of each line, all
 * of it or, when its budget cannot cover it, none (campaignBudgetExceeded).
 */
export function evaluatePromotions(
  promotions: readonly PromotionForCompute[],
  context: ComputeActionContext,
  now: Date,
): Evaluation {
  const ordered = [...promotions].sort((a, b) => Number(b.type === "buyget") - Number(a.type === "buyget"));
  const applied: Applied = new Map();
  const budgetUse = new Map<string, Decimal>();
  const actions: ComputeActions[] = [];
  const outcomes = new Map<string, PromotionCodeStatus>();
  for (const promotion of ordered) {
    const refused = gate(promotion, context, now);
    const method = promotion.application_method;
    if (refused || !method) {
      outcomes.set(promotion.code, refused ?? "not_applicable");
      continue;
    }
    const digits = currencyDecimalDigits(context.currency_code ?? method.currency_code ?? "");
    const amounts = amountsOf(promotion, method, context, applied, digits);
    if (!amounts.length) {
      outcomes.set(promotion.code, "not_applicable");
      continue;
    }
    const budget = promotion.campaign?.budget;
    if (budget) {
      const use = budget.type === "usage" ? new Decimal(1) : amounts.reduce((s, a) => s.plus(a.amount), new Decimal(0));
      const after = budget.used.plus(budgetUse.get(budget.id) ?? 0).plus(use);
      if (budget.limit && after.gt(budget.limit)) {
        actions.push({ action: "campaignBudgetExceeded", code: promotion.code });
        outcomes.set(promotion.code, "budget_exceeded");
        continue;
      }
      budgetUse.set(budget.id, (budgetUse.get(budget.id) ?? new Decimal(0)).plus(use));
    }
    actions.push(...toActions(promotion, amounts, digits));
    for (const { lineId, amount } of amounts) applied.set(lineId, (applied.get(lineId) ?? new Decimal(0)).plus(amount));
    outcomes.set(promotion.code, "applicable");
  }
  return { actions, outcomes };
}

function toActions(promotion: PromotionForCompute, amounts: LineAmount[], digits: number): ComputeActions[] {
  const shipping = promotion.type !== "buyget" && promotion.application_method?.target_type === "shipping_methods";
  return amounts.map(({ lineId, amount }): ComputeActions => {
    const common = { amount: amount.toFixed(digits), code: promotion.code, promotion_id: promotion.id };
    return shipping
      ? { action: "addShippingMethodAdjustment", shipping_method_id: lineId, ...common }
      : { action: "addItemAdjustment", item_id: lineId, ...common };
  });
}
