// Promotion rules against a context: a rule reads the value(s) at its attribute path and compares
// them with its values. Paths walk objects and fan out over lists, so `customer.groups.id` gives
// every group id of the customer and `items.product.id` every item's product.
import { Decimal, isDecimalString } from "../../../framework/money/index.ts";

/** A rule as computeActions reads it. */
export interface RuleLike {
  attribute: string;
  operator: string;
  values: readonly string[];
}

/** The scalar values at a dotted path, as strings; none when the path leads nowhere. */
export function valuesAt(source: unknown, path: string): string[] {
  let current: unknown[] = [source];
  for (const key of path.split(".")) {
    const next: unknown[] = [];
    for (const value of current) {
      if (value === null || typeof value !== "object") continue;
      const child = (value as Record<string, unknown>)[key];
      if (Array.isArray(child)) next.push(...child);
      else if (child !== undefined && child !== null) next.push(child);
    }
    current = next;
  }
  return current.flatMap((value) => {
    if (value instanceof Decimal) return [value.toFixed()];
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return [String(value)];
    return [];
  });
}

/** Numbers compare as decimals ("10" > "9"), anything else as text. */
function compare(a: string, b: string): number {
  if (isDecimalString(a) && isDecimalString(b)) return new Decimal(a).comparedTo(new Decimal(b));
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whether the context's values satisfy a rule. `in`/`eq`: one of them is among the rule's values;
 * `ne`: none is (a missing value is "not equal"); `gt`… : one of them compares so with a rule value.
 */
export function ruleMet(rule: RuleLike, source: unknown, scope?: string): boolean {
  const path =
    scope && rule.attribute.startsWith(`${scope}.`) ? rule.attribute.slice(scope.length + 1) : rule.attribute;
  const found = valuesAt(source, path);
  const some = (test: (c: number) => boolean) => found.some((v) => rule.values.some((r) => test(compare(v, r))));
  switch (rule.operator) {
    case "in":
    case "eq":
      return some((c) => c === 0);
    case "ne":
      return !some((c) => c === 0);
    case "gt":
      return some((c) => c > 0);
    case "gte":
      return some((c) => c >= 0);
    case "lt":
      return some((c) => c < 0);
    case "lte":
      return some((c) => c <= 0);
    default:
      return false;
  }
}

/** Every rule holds (no rules: true). `scope` strips a leading `items.` / `shipping_methods.` for line rules. */
export function rulesMet(rules: readonly RuleLike[], source: unknown, scope?: string): boolean {
  return rules.every((rule) => ruleMet(rule, source, scope));
}
