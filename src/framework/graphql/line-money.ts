import type { FieldRef } from "@pothos/core";
import { formatAmount, type AmountInput } from "../money/index.ts";
import type { TotalsLine } from "../totals/index.ts";
import type { BuilderTypes } from "./builder.ts";
import { lineTotalsOf, totalsOf, totalsTypes, type LineTotalsShape, type TotalsShape } from "./totals-types.ts";

// The money of a cart's or an order's lines, in the owner's currency, which each row reaches
// through its owner relation (`item.cart.currency_code`). `owner` is that relation's name
// ("cart", "order"): it names the selected path, the totals types (CartLineTotals) and the
// descriptions ("in the cart's currency"). As in line-shapes.ts, `t` is typed by what the fields
// call, so a module whose model lacks a selected column or relation fails type-checking there.

type Ref<T> = FieldRef<BuilderTypes, T, "Object">;
type Totals = ReturnType<typeof totalsTypes>;
/** A field computed from the columns it selects (`S`), typed by the row they load (`R`); `X`: more options. */
type Computed<S, R, T, X = unknown> = (
  options: X & { description?: string; select: S; resolve: (row: R) => T },
) => Ref<T>;
/** Selects columns `C` and the owner's currency: `{ unit_price: true, cart: { select: { currency_code: true } } }`. */
type Sel<O extends string, C extends string = never> = { [K in C]: true } & {
  [K in O]: { select: { currency_code: true } };
};
/** A row of columns `R` that has loaded its owner's currency. */
type Row<O extends string, R = unknown> = R & { [K in O]: { currency_code: string } };
/** The same through the row's line (`P`: "item", "shipping_method"), for a discount. */
type ViaSel<O extends string, P extends string, C extends string = never> = { [K in C]: true } & {
  [K in P]: { select: Sel<O> };
};
type ViaRow<O extends string, P extends string, R = unknown> = R & { [K in P]: Row<O> };

/** A price column `C` formatted in the owner's currency. */
type Price<O extends string, C extends string> = Computed<Sel<O, C>, Row<O, { [K in C]: AmountInput }>, string>;
/** A line's totals from its price columns `C` (loaded as `R`), discounts and tax lines. */
type LineTotalsOf<O extends string, C extends string, R> = Computed<
  Sel<O, C | "is_tax_inclusive"> & Parts,
  Row<O, PartRows & R>,
  LineTotalsShape,
  { type: Totals["LineTotalsRef"] }
>;

const live = { deleted_at: null } as const;
/** What a line's totals read of its discounts and taxes. */
const lineParts = {
  adjustments: { where: live, select: { amount: true, is_tax_inclusive: true } },
  tax_lines: { where: live, select: { rate: true } },
} as const;
type Parts = typeof lineParts;
interface PartRows {
  is_tax_inclusive: boolean;
  adjustments: { amount: AmountInput; is_tax_inclusive: boolean }[];
  tax_lines: { rate: AmountInput }[];
}
const totalsLine = { id: true, is_tax_inclusive: true, ...lineParts } as const;
interface OwnerTotalsSel {
  currency_code: true;
  items: { where: typeof live; select: typeof totalsLine & { unit_price: true; quantity: true } };
  shipping_methods: { where: typeof live; select: typeof totalsLine & { amount: true } };
}
interface OwnerTotalsRow {
  currency_code: string;
  items: (PartRows & { id: string; unit_price: AmountInput; quantity: number })[];
  shipping_methods: (PartRows & { id: string; amount: AmountInput })[];
}

/**
 * The money fields of one owner's lines and of the owner itself, and its totals types
 * (`<Owner>LineTotals`, `<Owner>Totals`).
 * @example const money = lineMoney("order"); // then ...money.itemFields(t, note) in OrderLineItem's fields
 */
export function lineMoney<const O extends string>(owner: O) {
  const { LineTotalsRef, TotalsRef } = totalsTypes(owner.charAt(0).toUpperCase() + owner.slice(1));
  const note = `A decimal string in the ${owner}'s currency (currencyCode).`;
  const ownerSelect = { [owner]: { select: { currency_code: true } } } as Sel<O>;
  const currencyOf = (row: Row<O>) => row[owner].currency_code;
  const viaSelect = <P extends string>(parent: P) => ({ [parent]: { select: ownerSelect } }) as ViaSel<O, P>;
  const priceField = <C extends string>(t: { string: Price<O, C> }, column: C) =>
    t.string({
      description: note,
      select: { [column]: true, ...ownerSelect } as Sel<O, C>,
      resolve: (row) => formatAmount(row[column], currencyOf(row)),
    });
  /** A line's totals: `columns` are its price columns, `line` reads the row as the totals take it. */
  const lineTotalsField = <C extends string, R>(
    t: { field: LineTotalsOf<O, C, R> },
    columns: { [K in C]: true },
    line: (row: Row<O, PartRows & R>) => TotalsLine,
    description?: string,
  ) =>
    t.field({
      type: LineTotalsRef,
      description,
      select: { ...columns, is_tax_inclusive: true, ...lineParts, ...ownerSelect },
      resolve: (row) => lineTotalsOf(line(row), currencyOf(row)),
    });

  return {
    /** `currencyCode` of a line, read from its owner. */
    currencyField: (t: { string: Computed<Sel<O>, Row<O>, string> }) =>
      t.string({ select: ownerSelect, resolve: currencyOf }),

    /** `currencyCode` of a discount, read from its line's (`parent`) owner. */
    adjustmentCurrencyField: <P extends string>(
      parent: P,
      t: { string: Computed<ViaSel<O, P>, ViaRow<O, P>, string> },
    ) => t.string({ select: viaSelect(parent), resolve: (a) => currencyOf(a[parent]) }),

    /** A discount's amount, in the currency of its line's (`parent`) owner. */
    adjustmentAmountField: <P extends string>(
      parent: P,
      t: { string: Computed<ViaSel<O, P, "amount">, ViaRow<O, P, { amount: AmountInput }>, string> },
    ) =>
      t.string({
        description: `The discount. ${note}`,
        select: { amount: true, ...viaSelect(parent) },
        resolve: (a) => formatAmount(a.amount, currencyOf(a[parent])),
      }),

    /** A line item's prices and totals; `compareAtNote` tells when an item has a compare-at price. */
    itemFields: (
      t: {
        string: Price<O, "unit_price"> &
          Computed<
            Sel<O, "compare_at_unit_price">,
            Row<O, { compare_at_unit_price: AmountInput | null }>,
            string | null | undefined,
            { nullable: true }
          >;
        field: LineTotalsOf<O, "unit_price" | "quantity", { unit_price: AmountInput; quantity: number }>;
      },
      compareAtNote: string,
    ) => ({
      unitPrice: priceField<"unit_price">(t, "unit_price"),
      compareAtUnitPrice: t.string({
        nullable: true,
        description: `${compareAtNote} ${note}`,
        select: { compare_at_unit_price: true, ...ownerSelect },
        resolve: (i) =>
          i.compare_at_unit_price === null ? null : formatAmount(i.compare_at_unit_price, currencyOf(i)),
      }),
      totals: lineTotalsField(
        t,
        { unit_price: true, quantity: true },
        (i) => ({ ...i, amount: i.unit_price }),
        "The item's subtotal, discounts, taxes and total.",
      ),
    }),

    /** A shipping method's amount and totals. */
    shippingMethodFields: (t: {
      string: Price<O, "amount">;
      field: LineTotalsOf<O, "amount", { amount: AmountInput }>;
    }) => ({
      amount: priceField(t, "amount"),
      totals: lineTotalsField(t, { amount: true }, (m) => ({ ...m, quantity: 1 })),
    }),

    /** The owner's totals, computed from its live lines on every read. */
    totalsField: (
      t: { field: Computed<OwnerTotalsSel, OwnerTotalsRow, TotalsShape, { type: Totals["TotalsRef"] }> },
      description: string,
    ) =>
      t.field({
        type: TotalsRef,
        description,
        select: {
          currency_code: true,
          items: { where: live, select: { ...totalsLine, unit_price: true, quantity: true } },
          shipping_methods: { where: live, select: { ...totalsLine, amount: true } },
        },
        resolve: (o) =>
          totalsOf({
            currency_code: o.currency_code,
            items: o.items.map((i) => ({ ...i, unit_price: i.unit_price.toString() })),
            shipping_methods: o.shipping_methods.map((m) => ({ ...m, amount: m.amount.toString() })),
          }),
      }),
  };
}
