// Totals of carts (and later orders): one pure function over lines, adjustments and tax lines.
export {
  computeTotals,
  type Totals,
  type TotalsInput,
  type TotalsItem,
  type TotalsShippingMethod,
} from "./cart-totals.ts";
export {
  lineTotals,
  type LineTotals,
  type TotalsLine,
  type TotalsAdjustment,
  type TotalsTaxLine,
} from "./line-totals.ts";
export { itemValue, type ValuedItem } from "./item-value.ts";
