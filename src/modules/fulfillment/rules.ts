import { TesseraError } from "../../framework/errors/tessera-error.ts";
import { isDecimalString, toDecimal } from "../../framework/money/index.ts";

export const ruleOperators = ["eq", "ne", "in", "nin", "gt", "gte", "lt", "lte"] as const;
export type RuleOperator = (typeof ruleOperators)[number];

/** A requirement on the context a shipping option is offered in: `{ attribute: "item_subtotal", operator: "gte", value: "50" }`. */
export interface ShippingOptionRuleInput {
  attribute: string;
  operator: RuleOperator;
  value: string | string[];
}

/** The context rules are checked against; amounts are decimal strings, flags "true" / "false". */
export type RuleContext = Record<string, string | null | undefined>;

const comparisons = new Set<RuleOperator>(["gt", "gte", "lt", "lte"]);

/** Checks a rule: a known operator, a list for in / nin, a decimal for comparisons. */
export function checkRule(rule: ShippingOptionRuleInput, field: string[]): ShippingOptionRuleInput {
  const fail = (message: string) => new TesseraError(TesseraError.Types.INVALID_DATA, message, { field });
  if (!/^[a-z_][a-z0-9_.]{0,63}$/.test(rule.attribute ?? ""))
    throw fail("A rule's attribute must be a snake_case name");
  if (!ruleOperators.includes(rule.operator)) throw fail(`Unknown rule operator ${String(rule.operator)}`);
  const list = rule.operator === "in" || rule.operator === "nin";
  if (list !== Array.isArray(rule.value))
    throw fail(`${rule.operator} takes ${list ? "a list of values" : "one value"}`);
  if (comparisons.has(rule.operator) && !isDecimalString(String(rule.value).trim()))
    throw fail(`${rule.operator} compares with a decimal number`);
  return rule;
}

/** Whether the context meets the rule; an attribute the context lacks meets no rule. */
export function ruleHolds(
  rule: { attribute: string; operator: string; value: unknown },
  context: RuleContext,
): boolean {
  const actual = context[rule.attribute];
  if (actual === undefined || actual === null) return false;
  const value = rule.value;
  switch (rule.operator as RuleOperator) {
    case "eq":
      return actual === String(value);
    case "ne":
      return actual !== String(value);
    case "in":
      return Array.isArray(value) && value.map(String).includes(actual);
    case "nin":
      return Array.isArray(value) && !value.map(String).includes(actual);
    case "gt":
    case "gte":
    case "lt":
    case "lte": {
      if (!isDecimalString(actual)) return false;
      const cmp = toDecimal(actual).cmp(toDecimal(String(value)));
      if (rule.operator === "gt") return cmp > 0;
      if (rule.operator === "gte") return cmp >= 0;
      if (rule.operator === "lt") return cmp < 0;
      return cmp <= 0;
    }
    default:
      return false;
  }
}
