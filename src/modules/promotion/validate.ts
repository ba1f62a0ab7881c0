// Input checks of the promotion module, before any write: each failure is a typed INVALID_DATA
// naming the input field (GraphQL's names, as userErrors show them).
import { TesseraError } from "../../framework/errors/tessera-error.ts";
import { Decimal, isDecimalString } from "../../framework/money/index.ts";
import type { ApplicationMethodInput, CampaignBudgetInput, PromotionRuleInput } from "./types.ts";

const operators = new Set(["in", "eq", "ne", "gt", "gte", "lt", "lte"]);
const attributePath = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

const invalid = (message: string, field: string[]) =>
  new TesseraError(TesseraError.Types.INVALID_DATA, message, { field });

/** A decimal string ≥ 0 (or > 0), as a Decimal. */
export function decimalField(value: string, field: string[], positive = false): Decimal {
  if (!isDecimalString(value.trim())) throw invalid(`${field.join(".")}: must be a decimal number as a string`, field);
  const amount = new Decimal(value.trim());
  // The columns are numeric(20, 6): at most 14 digits before the point.
  if (amount.abs().gte("1e14")) throw invalid(`${field.join(".")}: is too large`, field);
  if (amount.lt(0) || (positive && amount.lte(0)))
    throw invalid(`${field.join(".")}: must be ${positive ? "greater than 0" : "0 or more"}`, field);
  return amount;
}

/** Rules: a dotted attribute path, a known operator, at least one value. */
export function checkRules(rules: readonly PromotionRuleInput[], field: string[]): void {
  for (const [i, rule] of rules.entries()) {
    if (!attributePath.test(rule.attribute))
      throw invalid(
        `Rule attribute ${JSON.stringify(rule.attribute)} is not a dotted path such as customer.groups.id`,
        [...field, String(i), "attribute"],
      );
    if (!operators.has(rule.operator))
      throw invalid(`Rule operator ${JSON.stringify(rule.operator)} is not one of ${[...operators].join(", ")}`, [
        ...field,
        String(i),
        "operator",
      ]);
    if (!rule.values.length) throw invalid("A rule needs at least one value", [...field, String(i), "values"]);
  }
}

const positiveInt = (value: number | null | undefined, field: string[]) => {
  if (value != null && (!Number.isInteger(value) || value < 1))
    throw invalid(`${field.join(".")}: must be a whole number of at least 1`, field);
};

/** Medusa's application-method checks, on the method as it will be (an update merged with what it was). */
export function checkApplicationMethod(method: ApplicationMethodInput, promotionType: string): void {
  const f = (name: string) => ["applicationMethod", name];
  const value = decimalField(method.value, f("value"), true);
  if (method.type === "percentage" && value.gt(100))
    throw invalid("A percentage must be greater than 0 and at most 100", f("value"));
  if (method.type === "fixed" && !method.currency_code)
    throw invalid("A fixed amount needs its currency code", f("currencyCode"));
  if (method.target_type === "order" && method.allocation === "each")
    throw invalid("An order promotion is allocated across the items", f("allocation"));
  if (method.target_type !== "order" && !method.allocation)
    throw invalid("allocation is required (each or across) for items and shipping methods", f("allocation"));
  if (method.allocation === "across" && method.max_quantity != null)
    throw invalid("maxQuantity applies only to allocation each", f("maxQuantity"));
  positiveInt(method.max_quantity, f("maxQuantity"));
  if (promotionType === "buyget") {
    if (method.target_type !== "items") throw invalid("A buy-get promotion targets items", f("targetType"));
    if (method.apply_to_quantity == null)
      throw invalid("applyToQuantity is required for buy-get", f("applyToQuantity"));
    if (method.buy_rules_min_quantity == null)
      throw invalid("buyRulesMinQuantity is required for buy-get", f("buyRulesMinQuantity"));
  }
  positiveInt(method.apply_to_quantity, f("applyToQuantity"));
  positiveInt(method.buy_rules_min_quantity, f("buyRulesMinQuantity"));
  checkRules(method.target_rules ?? [], f("targetRules"));
  checkRules(method.buy_rules ?? [], f("buyRules"));
}

/** A promotion code: trimmed, 1 to 200 characters. */
export function checkCode(code: string): string {
  const trimmed = code.trim();
  if (!trimmed || trimmed.length > 200) throw invalid("code: must be 1 to 200 characters", ["code"]);
  return trimmed;
}

/** A date as given: workflows run by a queue carry dates as ISO strings. */
export const asDate = (value: Date | string | null | undefined): Date | null | undefined =>
  value == null ? value : new Date(value);

/** A campaign's dates: the end, when both are set, not before the start. */
export function checkDates(startsAt: Date | string | null | undefined, endsAt: Date | string | null | undefined): void {
  const start = asDate(startsAt);
  const end = asDate(endsAt);
  if (start && end && end < start) throw invalid("The campaign ends before it starts", ["endsAt"]);
}

/** A budget: spend needs a currency, usage counts whole uses; the limit is ≥ 0. */
export function checkBudget(budget: CampaignBudgetInput): Decimal | null {
  const limit = budget.limit == null ? null : decimalField(budget.limit, ["budget", "limit"]);
  if (budget.type === "spend" && !budget.currency_code)
    throw invalid("A spend budget needs its currency code", ["budget", "currencyCode"]);
  if (budget.type === "usage" && limit && !limit.isInteger())
    throw invalid("A usage limit is a whole number of uses", ["budget", "limit"]);
  return limit;
}
