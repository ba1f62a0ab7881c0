// How much a promotion takes off which lines: standard promotions (items, shipping methods, the
// order) with each / across allocation, and buy-get. Pure functions over decimals; the caller
// checks the budget and records what was applied.
import { Decimal } from "../../../framework/money/index.ts";
import type { RuleLike } from "./rules.ts";
import {
  available,
  byUnitPriceDesc,
  eligible,
  round,
  splitProportionally,
  type Applied,
  type Line,
  type LineAmount,
} from "./lines.ts";

/** An application method as the strategies read it. */
export interface MethodLike {
  type: string;
  target_type: string;
  allocation: string | null;
  value: Decimal;
  max_quantity: number | null;
  apply_to_quantity: number | null;
  buy_rules_min_quantity: number | null;
}

/** `raw` rounded to the currency, never more than `cap` (a half-up rounding could pass it). */
function capped(raw: Decimal, cap: Decimal, digits: number): Decimal {
  const amount = round(raw, digits);
  return amount.gt(cap) ? cap.toDecimalPlaces(digits, Decimal.ROUND_DOWN) : amount;
}

const positive = (amounts: LineAmount[]) => amounts.filter((a) => a.amount.gt(0));

/**
 * A standard promotion over eligible lines. `each`: per line, on at most `max_quantity` units (a
 * percentage of them, or the fixed value per unit). `across` (and the order target): a percentage
 * of every line, or the fixed value split over the lines in proportion to what is left of them.
 */
export function standardAmounts(method: MethodLike, lines: Line[], applied: Applied, digits: number): LineAmount[] {
  const rate = method.value.div(100);
  const percentage = method.type === "percentage";
  const across = method.target_type === "order" || method.allocation === "across";
  if (!across) {
    return positive(
      lines.map((line) => {
        const units = method.max_quantity != null ? Decimal.min(line.quantity, method.max_quantity) : line.quantity;
        const base = Decimal.min(line.subtotal.div(line.quantity).times(units), available(line, applied));
        const raw = percentage ? base.times(rate) : method.value.times(units);
        return { lineId: line.id, amount: capped(raw, base, digits) };
      }),
    );
  }
  const entries = lines.map((line) => ({ lineId: line.id, base: available(line, applied) }));
  if (percentage) {
    return positive(entries.map(({ lineId, base }) => ({ lineId, amount: capped(base.times(rate), base, digits) })));
  }
  const total = entries.reduce((sum, e) => sum.plus(e.base), new Decimal(0));
  const parts = splitProportionally(
    Decimal.min(method.value, total),
    entries.map((e) => e.base),
    digits,
  );
  return positive(
    entries.map(({ lineId, base }, i) => ({ lineId, amount: capped(parts[i] ?? new Decimal(0), base, digits) })),
  );
}

/**
 * Buy-get: the context must hold `buy_rules_min_quantity` units matching the buy rules; then
 * `apply_to_quantity` units matching the target rules, other than those that qualified, are
 * discounted (a percentage of 100 makes them free). Most valuable units first; if there are not
 * enough target units, nothing applies.
 */
export function buyGetAmounts(
  method: MethodLike,
  rules: { buy: readonly RuleLike[]; target: readonly RuleLike[] },
  items: Line[],
  applied: Applied,
  digits: number,
): LineAmount[] {
  const applyTo = new Decimal(method.apply_to_quantity ?? 0);
  let toReserve = new Decimal(method.buy_rules_min_quantity ?? 0);
  if (applyTo.lte(0)) return [];
  const buyers = eligible(items, rules.buy, "items", applied).sort(byUnitPriceDesc);
  const buyable = buyers.reduce((sum, line) => sum.plus(line.quantity), new Decimal(0));
  if (buyable.lt(toReserve)) return [];
  const reserved = new Map<string, Decimal>();
  for (const line of buyers) {
    if (toReserve.lte(0)) break;
    const take = Decimal.min(line.quantity, toReserve);
    reserved.set(line.id, take);
    toReserve = toReserve.minus(take);
  }
  let left = applyTo;
  const picks: [Line, Decimal][] = [];
  for (const line of eligible(items, rules.target, "items", applied).sort(byUnitPriceDesc)) {
    if (left.lte(0)) break;
    const take = Decimal.min(line.quantity.minus(reserved.get(line.id) ?? 0), left);
    if (take.lte(0)) continue;
    picks.push([line, take]);
    left = left.minus(take);
  }
  if (left.gt(0)) return [];
  const rate = method.value.div(100);
  return positive(
    picks.map(([line, take]) => {
      const base = Decimal.min(line.subtotal.div(line.quantity).times(take), available(line, applied));
      const raw = method.type === "percentage" ? base.times(rate) : method.value.times(take);
      return { lineId: line.id, amount: capped(raw, base, digits) };
    }),
  );
}
