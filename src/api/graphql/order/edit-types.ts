import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { lineTotalsOf, totalsOf, totalsTypes } from "../../../framework/graphql/totals-types.ts";
import { formatAmount } from "../../../framework/money/index.ts";
import type { OrderPreview, PreviewItem } from "../../../workflows/order/edit-preview.ts";
import type { TesseraContainer } from "../../../framework/container/container.ts";
import { previewEditWithPromotions } from "../../../workflows/order/edit-promotions.ts";
import { type EditState, readEdit } from "../../../workflows/order/edit-state.ts";

// An order edit as an admin sees it: the edit's change and a preview of the order with the edit
// applied (its lines and new totals), computed on every read without touching the order.

interface EditView {
  edit: EditState;
  preview: OrderPreview;
}
interface ItemView {
  item: PreviewItem;
  currency: string;
}

const { LineTotalsRef, TotalsRef } = totalsTypes("OrderEdit");
const currencyNote = "A decimal string in the order's currency.";

/** An edit and its preview (the order's promotions computed again over the edited lines), read now. */
export const editView = async (container: TesseraContainer, edit: EditState): Promise<EditView> => ({
  edit,
  preview: await previewEditWithPromotions(container, edit),
});

const OrderEditItemRef = builder.objectRef<ItemView>("OrderEditItem").implement({
  description: "A line of the order as the edit leaves it.",
  fields: (t) => ({
    id: t.id({
      description: "The order item's id (an added line keeps it when confirmed).",
      resolve: (v) => v.item.id,
    }),
    title: t.string({ resolve: (v) => v.item.title }),
    variantId: t.string({ nullable: true, resolve: (v) => v.item.variant_id }),
    variantSku: t.string({ nullable: true, resolve: (v) => v.item.variant_sku }),
    quantity: t.int({ description: "The quantity after the edit (0: removed).", resolve: (v) => v.item.quantity }),
    originalQuantity: t.int({
      description: "The quantity before the edit (0: added).",
      resolve: (v) => v.item.original_quantity,
    }),
    fulfilledQuantity: t.int({
      description: "Units already fulfilled: the least the quantity can become.",
      resolve: (v) => v.item.fulfilled_quantity,
    }),
    change: t.string({ description: "added, updated, removed or unchanged.", resolve: (v) => v.item.change }),
    unitPrice: t.string({ description: currencyNote, resolve: (v) => formatAmount(v.item.unit_price, v.currency) }),
    isTaxInclusive: t.boolean({ resolve: (v) => v.item.is_tax_inclusive }),
    totals: t.field({
      type: LineTotalsRef,
      description: "The line's totals after the edit.",
      resolve: (v) => lineTotalsOf({ ...v.item, amount: v.item.unit_price }, v.currency),
    }),
  }),
});

export const OrderEditRef = builder.objectRef<EditView>("OrderEdit").implement({
  description: "An edit of an order (an `edit` order change) and a preview of the order with it applied.",
  fields: (t) => ({
    id: t.id({ description: "The edit's order change id.", resolve: (v) => v.edit.change.id }),
    orderId: t.id({ resolve: (v) => v.edit.change.order_id }),
    status: t.string({ description: "pending, confirmed or canceled.", resolve: (v) => v.edit.change.status }),
    version: t.int({
      description: "The order version the edit makes when confirmed.",
      resolve: (v) => v.edit.change.version,
    }),
    items: t.field({
      type: [OrderEditItemRef],
      description: "The order's lines with the edit applied; removed lines show quantity 0.",
      resolve: (v) => v.preview.items.map((item) => ({ item, currency: v.preview.currency_code })),
    }),
    totals: t.field({
      type: TotalsRef,
      description: "The order's totals with the edit applied (the same computation as an order's totals).",
      resolve: (v) =>
        totalsOf({
          currency_code: v.preview.currency_code,
          items: v.preview.items.filter((i) => i.quantity > 0),
          shipping_methods: v.preview.shipping_methods,
        }),
    }),
    totalDifference: t.string({
      description: `The new total less the order's total now: what the customer pays more (negative: is owed). ${currencyNote}`,
      resolve: (v) => formatAmount(v.preview.totals.total.minus(v.preview.current.total), v.preview.currency_code),
    }),
  }),
});

builder.queryFields((t) => ({
  orderEdit: t.field({
    authScopes: access.admin,
    type: OrderEditRef,
    description: "An order edit by its change id, with the preview of the order it would make (admin only).",
    args: { id: t.arg.id({ required: true, description: "The edit's order change id (from beginOrderEdit)." }) },
    resolve: async (_root, args, ctx) => editView(ctx.scope, await readEdit(ctx.scope, String(args.id))),
  }),
}));
