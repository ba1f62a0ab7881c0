import type { FieldRef } from "@pothos/core";
import { formatAmount, type AmountInput } from "../money/index.ts";
import type { BuilderTypes } from "./builder.ts";
import { lineTotalsOf, totalsOf, totalsTypes, type LineTotalsShape, type TotalsShape } from "./totals-types.ts";

// The money of a cart's or an order's lines, in the owner's currency, which each row reaches
// through its owner relation (`item.cart.currency_code`). `owner` is that relation's name
// ("cart", "order"): it names the selected path, the totals types (CartLineTotals) and the
// descriptions ("in the cart's currency"). As in line-shapes.ts, `t` is typed by what the fields
// call, so a module whose model lacks a selected column or relation fails type-checking there.

type Ref<T> = FieldRef<BuilderTypes, T, "Object">;
type Totals = ReturnType<typeof totalsTypes>;
/** Selects the owner's currency: `{ cart: { select: { currency_code: true } } }`. */
type OwnerSelect<O extends string> = { [K in O]: { select: { currency_code: true } } };
/** A row that has loaded its owner's currency. */
type Owned<O extends string> = { [K in O]: { currency_code: string } };
/** A field computed from the columns it selects (`Sel`), typed by the row they load (`Row`). */
type Computed<Sel, Row, T> = (options: { description?: string; select: Sel; resolve: (row: Row) => T }) => Ref<T>;
type NullableString<Sel, Row> = (options: {
  nullable: true;
  description: string;
  select: Sel;
  resolve: (row: Row) => string | null;
}) => Ref<string | null | undefined>;
type TotalsField<Type, Sel, Row, Shape> = (options: {
  type: Type;
  description?: string;
  select: Sel;
  resolve: (row: Row) => Shape;
}) => Ref<Shape>;

const live = { deleted_at: null } as const;
/** What a line's totals read of its discounts and taxes. */
const lineParts = {
  adjustments: { where: live, select: { amount: true, is_tax_inclusive: true } },
  tax_lines: { where: live, select: { rate: true } },
} as const;
type LineParts = typeof lineParts;
interface LinePartRows {
  is_tax_inclusive: boolean;
  adjustments: { amount: AmountInput; is_tax_inclusive: boolean }[];
  tax_lines: { rate: AmountInput }[];
}
const totalsLine = { id: true, is_tax_inclusive: true, ...lineParts } as const;
type TotalsLineRow = LinePartRows & { id: string };

type ItemPriceSelect<O extends string> = { unit_price: true } & OwnerSelect<O>;
type CompareAtSelect<O extends string> = { compare_at_unit_price: true } & OwnerSelect<O>;
type ItemTotalsSelect<O extends string> = { unit_price: true; quantity: true; is_tax_inclusive: true } & LineParts &
  OwnerSelect<O>;
type AmountSelect<O extends string> = { amount: true } & OwnerSelect<O>;
type MethodTotalsSelect<O extends string> = { amount: true; is_tax_inclusive: true } & LineParts & OwnerSelect<O>;
type OwnerTotalsSelect = {
  currency_code: true;
  items: { where: typeof live; select: typeof totalsLine & { unit_price: true; quantity: true } };
  shipping_methods: { where: typeof live; select: typeof totalsLine & { amount: true } };
};
interface OwnerTotalsRow {
  currency_code: string;
  items: (TotalsLineRow & { unit_price: AmountInput; quantity: number })[];
  shipping_methods: (TotalsLineRow & { amount: AmountInput })[];
}
/** Selects the owner's currency through the row's parent (`item`, `shipping_method`). */
type ParentSelect<O extends string, P extends string> = { [K in P]: { select: OwnerSelect<O> } };
type ParentRow<O extends string, P extends string> = { [K in P]: Owned<O> };

/**
 * The money fields of one owner's lines and of the owner itself, and its totals types
 * (`<Owner>LineTotals`, `<Owner>Totals`).
 * @example const money = lineMoney("order"); // then ...money.itemFields(t, note) in OrderLineItem's fields
 */
export function lineMoney<const O extends string>(owner: O) {
  const { LineTotalsRef, TotalsRef } = totalsTypes(owner.charAt(0).toUpperCase() + owner.slice(1));
  const note = `A decimal string in the ${owner}'s currency (currencyCode).`;
  const ownerSelect = { [owner]: { select: { currency_code: true } } } as OwnerSelect<O>;
  const currencyOf = (row: Owned<O>) => row[owner].currency_code;
  const parentSelect = <P extends string>(parent: P) => ({ [parent]: { select: ownerSelect } }) as ParentSelect<O, P>;

  return {
    LineTotalsRef,
    TotalsRef,

    /** `currencyCode` of a line, read from its owner. */
    currencyField: (t: { string: Computed<OwnerSelect<O>, Owned<O>, string> }) =>
      t.string({ select: ownerSelect, resolve: currencyOf }),

    /** `currencyCode` of a discount, read from its line's (`parent`) owner. */
    adjustmentCurrencyField: <P extends string>(
      parent: P,
      t: { string: Computed<ParentSelect<O, P>, ParentRow<O, P>, string> },
    ) => t.string({ select: parentSelect(parent), resolve: (a) => currencyOf(a[parent]) }),

    /** A discount's amount, in the currency of its line's (`parent`) owner. */
    adjustmentAmountField: <P extends string>(
      parent: P,
      t: { string: Computed<{ amount: true } & ParentSelect<O, P>, { amount: AmountInput } & ParentRow<O, P>, string> },
    ) =>
      t.string({
        description: `The discount. ${note}`,
        select: { amount: true, ...parentSelect(parent) },
        resolve: (a) => formatAmount(a.amount, currencyOf(a[parent])),
      }),

    /** A line item's prices and totals; `compareAtNote` tells when an item has a compare-at price. */
    itemFields: (
      t: {
        string: Computed<ItemPriceSelect<O>, { unit_price: AmountInput } & Owned<O>, string> &
          NullableString<CompareAtSelect<O>, { compare_at_unit_price: AmountInput | null } & Owned<O>>;
        field: TotalsField<
          Totals["LineTotalsRef"],
          ItemTotalsSelect<O>,
          LinePartRows & Owned<O> & { unit_price: AmountInput; quantity: number },
          LineTotalsShape
        >;
      },
      compareAtNote: string,
    ) => ({
      unitPrice: t.string({
        description: note,
        select: { unit_price: true, ...ownerSelect },
        resolve: (i) => formatAmount(i.unit_price, currencyOf(i)),
      }),
      compareAtUnitPrice: t.string({
        nullable: true,
        description: `${compareAtNote} ${note}`,
        select: { compare_at_unit_price: true, ...ownerSelect },
        resolve: (i) =>
          i.compare_at_unit_price === null ? null : formatAmount(i.compare_at_unit_price, currencyOf(i)),
      }),
      totals: t.field({
        type: LineTotalsRef,
        description: "The item's subtotal, discounts, taxes and total.",
        select: { unit_price: true, quantity: true, is_tax_inclusive: true, ...lineParts, ...ownerSelect },
        resolve: (i) => lineTotalsOf({ ...i, amount: i.unit_price }, currencyOf(i)),
      }),
    }),

    /** A shipping method's amount and totals. */
    shippingMethodFields: (t: {
      string: Computed<AmountSelect<O>, { amount: AmountInput } & Owned<O>, string>;
      field: TotalsField<
        Totals["LineTotalsRef"],
        MethodTotalsSelect<O>,
        LinePartRows & Owned<O> & { amount: AmountInput },
        LineTotalsShape
      >;
    }) => ({
      amount: t.string({
        description: note,
        select: { amount: true, ...ownerSelect },
        resolve: (m) => formatAmount(m.amount, currencyOf(m)),
      }),
      totals: t.field({
        type: LineTotalsRef,
        select: { amount: true, is_tax_inclusive: true, ...lineParts, ...ownerSelect },
        resolve: (m) => lineTotalsOf({ ...m, quantity: 1 }, currencyOf(m)),
      }),
    }),

    /** The owner's totals, computed from its live lines on every read. */
    totalsField: (
      t: { field: TotalsField<Totals["TotalsRef"], OwnerTotalsSelect, OwnerTotalsRow, TotalsShape> },
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
