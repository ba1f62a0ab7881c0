// The lines a promotion can discount, in decimals, and the money helpers its strategies share.
import { Decimal, MONEY_ROUNDING, toDecimal, type AmountInput } from "../../../framework/money/index.ts";
import type { ComputeActionItemLine, ComputeActionShippingLine } from "../types.ts";
import { rulesMet, type RuleLike } from "./rules.ts";

/** A line as the strategies compute with it. */
export interface Line {
  id: string;
  quantity: Decimal;
  /** Before any discount. */
  subtotal: Decimal;
  source: Record<string, unknown>;
}

/** What this run has already taken off each line (earlier promotions): later ones discount the rest. */
export type Applied = Map<string, Decimal>;

/** A computed discount of one line, before the budget check. */
export interface LineAmount {
  lineId: string;
  amount: Decimal;
}

const zero = new Decimal(0);
const dec = (value: AmountInput | null | undefined): Decimal | null => (value == null ? null : toDecimal(value));

/** Item lines with their subtotal (given, or unit price × quantity). */
export function itemLines(items: readonly ComputeActionItemLine[]): Line[] {
  return items.map((item) => {
    const quantity = dec(item.quantity) ?? zero;
    const subtotal = dec(item.subtotal) ?? (dec(item.unit_price) ?? zero).times(quantity);
    return { id: item.id, quantity, subtotal, source: item };
  });
}

/** Shipping lines: their subtotal, or their amount. */
export function shippingLines(methods: readonly ComputeActionShippingLine[]): Line[] {
  return methods.map((method) => ({
    id: method.id,
    quantity: new Decimal(1),
    subtotal: dec(method.subtotal) ?? dec(method.amount) ?? zero,
    source: method,
  }));
}

/** Lines a promotion may touch: something left to discount, discountable, and its line rules met. */
export function eligible(lines: readonly Line[], rules: readonly RuleLike[], scope: string, applied: Applied): Line[] {
  return lines.filter(
    (line) =>
      line.source.is_discountable !== false &&
      line.quantity.gt(0) &&
      available(line, applied).gt(0) &&
      rulesMet(rules, line.source, scope),
  );
}

/** What is left of a line after earlier promotions. */
export function available(line: Line, applied: Applied): Decimal {
  return Decimal.max(line.subtotal.minus(applied.get(line.id) ?? zero), zero);
}

export const round = (value: Decimal, digits: number): Decimal => value.toDecimalPlaces(digits, MONEY_ROUNDING);

/**
 * Splits `total` over lines in proportion to their weights, rounded to `digits`; the last line
 * takes the rounding remainder, so the parts add up to `total` exactly (10 over three equal lines:
 * 3.33, 3.33, 3.34).
 */
export function splitProportionally(total: Decimal, weights: readonly Decimal[], digits: number): Decimal[] {
  const sum = weights.reduce((a, w) => a.plus(w), zero);
  if (sum.lte(0)) return weights.map(() => zero);
  let given = zero;
  return weights.map((weight, i) => {
    if (i === weights.length - 1) return total.minus(given);
    const part = round(total.times(weight).div(sum), digits);
    given = given.plus(part);
    return part;
  });
}

/** Lines by unit price, most expensive first (buy-get takes the most valuable units, as Medusa does). */
export function byUnitPriceDesc(a: Line, b: Line): number {
  return b.subtotal.div(b.quantity).comparedTo(a.subtotal.div(a.quantity));
}
