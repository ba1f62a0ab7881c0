import type { TesseraContainer } from "../../framework/container/container.ts";
import { Decimal } from "../../framework/money/index.ts";
import { linkByEntryPoint } from "../../framework/links/registry.ts";
import type { Context } from "../../framework/modules/service-factory.ts";
import { liveLineIds } from "./live-lines.ts";
import type {
  ComputeActionContext,
  ComputeActionItemLine,
  ComputeActions,
  ComputeActionShippingLine,
} from "../../modules/promotion/types.ts";

// What the cart workflows read and write of promotions: the cart as computeActions' context, the
// codes on the cart (the cart_promotion link), and the adjustments and links an evaluation gives.
// Every read and write takes the caller's transaction (ctx): the steps hold the cart's row lock.

/** The cart_promotion link when the project has it and the promotion module (both optional). */
export const cartPromotionLink = (container: TesseraContainer) =>
  container.hasRegistration("promotion") ? linkByEntryPoint("cart_promotion") : undefined;

const loadCart = (container: TesseraContainer, cartId: string, ctx: Context) =>
  container
    .resolve("cart")
    .retrieveCart(
      cartId,
      { relations: ["items.adjustments", "shipping_methods.adjustments"], relationLoadStrategy: "join" },
      ctx,
    );
type LoadedCart = Awaited<ReturnType<typeof loadCart>>;

type AdjustedLine = { id: string; adjustments?: AdjustmentRow[] };
/**
 * What computeActions' context is built from: a cart, or an order (the order promotion flow
 * passes its order, whose lines have the same columns).
 */
export interface PromotionSubject {
  currency_code: string;
  region_id: string | null;
  sales_channel_id: string | null;
  email: string | null;
  customer_id: string | null;
  items?: (AdjustedLine & {
    quantity: number;
    unit_price: Decimal;
    is_discountable: boolean;
    is_tax_inclusive: boolean;
    variant_id: string | null;
    product_id: string | null;
    product_type_id: string | null;
  })[];
  shipping_methods?: (AdjustedLine & {
    amount: Decimal;
    shipping_option_id: string | null;
    is_tax_inclusive: boolean;
  })[];
}

/** The cart's promotions (linked): ids and codes, in the order they were applied. */
export async function cartPromotions(
  container: TesseraContainer,
  cartId: string,
  ctx: Context,
): Promise<{ id: string; code: string }[]> {
  const link = cartPromotionLink(container);
  if (!link) return [];
  const rows = await container.resolve("link").list(link, { cart_id: cartId }, ctx);
  if (!rows.length) return [];
  const order = new Map(rows.map((r, i) => [String(r.promotion_id), i]));
  const promotions = await container
    .resolve("promotion")
    .listPromotions({ id: [...order.keys()] }, { select: ["id", "code"] }, ctx);
  return promotions
    .map((p) => ({ id: p.id, code: p.code }))
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

/** Product attributes promotion rules read, by product id, as read in one transaction. */
export type ProductMemo = Map<string, Record<string, unknown>>;

/** Product attributes promotion rules read (`items.product.collection_id`, `items.product.categories.id`). */
async function productsOf(container: TesseraContainer, ids: string[], ctx: Context) {
  if (!ids.length || !container.hasRegistration("product")) return new Map<string, Record<string, unknown>>();
  const products = await container
    .resolve("product")
    .listProducts({ id: ids }, { relations: ["categories"], withDeleted: true, relationLoadStrategy: "join" }, ctx);
  return new Map(
    products.map((p) => [
      p.id,
      {
        id: p.id,
        type_id: p.type_id,
        collection_id: p.collection_id,
        categories: (p.categories ?? []).map((c) => ({ id: c.id })),
      },
    ]),
  );
}

/**
 * The cart as computeActions reads it. A line's `subtotal` is its price as listed (unit price ×
 * quantity): the gross on a tax-inclusive line, so a 10 EUR coupon takes 10 EUR off the shelf
 * price there, and the net on a tax-exclusive one (taxes follow on what is left).
 */
export async function promotionContext(
  container: TesseraContainer,
  cart: PromotionSubject,
  ctx: Context,
  { forRules = true, products: known }: { forRules?: boolean; products?: ProductMemo | undefined } = {},
): Promise<ComputeActionContext> {
  const items = cart.items ?? [];
  const productIds = [...new Set(items.map((i) => i.product_id).filter((id): id is string => !!id))];
  // Without a promotion to evaluate only the adjustments count (removed): no product or group read.
  // `products` is the caller's memo for its transaction: what it holds is not read again, what is read goes in.
  let products = new Map<string, Record<string, unknown>>();
  if (forRules && known && productIds.every((id) => known.has(id))) products = known;
  else if (forRules) {
    products = await productsOf(container, productIds, ctx);
    for (const [id, product] of products) known?.set(id, product);
  }
  const groups =
    forRules && cart.customer_id && container.hasRegistration("customer")
      ? ((
          await container.resolve("customer").listCustomers({ id: cart.customer_id }, { relations: ["groups"] }, ctx)
        )[0]?.groups?.map((g) => ({ id: g.id })) ?? [])
      : [];
  const coded = (adjustments: { id: string; code: string | null }[] | undefined) =>
    (adjustments ?? []).flatMap((a) => (a.code ? [{ id: a.id, code: a.code }] : []));
  return {
    currency_code: cart.currency_code,
    region_id: cart.region_id,
    sales_channel_id: cart.sales_channel_id,
    email: cart.email,
    customer: { id: cart.customer_id, groups },
    items: items.map(
      (i): ComputeActionItemLine => ({
        id: i.id,
        quantity: i.quantity,
        unit_price: i.unit_price.toFixed(),
        subtotal: new Decimal(i.unit_price).times(i.quantity).toFixed(),
        is_discountable: i.is_discountable,
        variant_id: i.variant_id,
        product_id: i.product_id,
        product: products.get(i.product_id ?? "") ?? { id: i.product_id, type_id: i.product_type_id },
        adjustments: coded(i.adjustments),
      }),
    ),
    shipping_methods: (cart.shipping_methods ?? []).map(
      (m): ComputeActionShippingLine => ({
        id: m.id,
        amount: m.amount.toFixed(),
        shipping_option_id: m.shipping_option_id,
        adjustments: coded(m.adjustments),
      }),
    ),
  };
}

/** An adjustment row as the set methods take it back (compensation), plain data. */
export interface AdjustmentSnapshot {
  id: string;
  line_id: string;
  amount: string;
  code: string | null;
  promotion_id: string | null;
  description: string | null;
  is_tax_inclusive: boolean;
  provider_id: string | null;
}

/** What a promotion refresh changes: the adjustments of both kinds and the linked promotions. */
export interface PromotionSnapshot {
  items: AdjustmentSnapshot[];
  shipping: AdjustmentSnapshot[];
  promotion_ids: string[];
}

export function snapshotPromotions(
  cart: Pick<PromotionSubject, "items" | "shipping_methods">,
  promotions: { id: string }[],
): PromotionSnapshot {
  const snap = (
    lineId: string,
    a: {
      id: string;
      amount: Decimal;
      code: string | null;
      promotion_id: string | null;
      description: string | null;
      is_tax_inclusive: boolean;
      provider_id: string | null;
    },
  ): AdjustmentSnapshot => ({
    id: a.id,
    line_id: lineId,
    amount: a.amount.toFixed(),
    code: a.code,
    promotion_id: a.promotion_id,
    description: a.description,
    is_tax_inclusive: a.is_tax_inclusive,
    provider_id: a.provider_id,
  });
  return {
    items: (cart.items ?? []).flatMap((i) => (i.adjustments ?? []).map((a) => snap(i.id, a))),
    shipping: (cart.shipping_methods ?? []).flatMap((m) => (m.adjustments ?? []).map((a) => snap(m.id, a))),
    promotion_ids: promotions.map((p) => p.id),
  };
}

/**
 * Makes `ids` the cart's linked promotions: links the new ones, dismisses the others. `checked`:
 * the caller read the promotions and holds the cart's lock in this transaction (link.create's).
 */
export async function replaceCartPromotions(
  container: TesseraContainer,
  cartId: string,
  current: string[],
  ids: string[],
  ctx: Context,
  options: { checked?: boolean } = {},
) {
  if (!cartPromotionLink(container)) return;
  const link = container.resolve("link");
  const pair = (promotionId: string) => ({ cart: { cart_id: cartId }, promotion: { promotion_id: promotionId } });
  const gone = current.filter((id) => !ids.includes(id));
  const added = ids.filter((id) => !current.includes(id));
  if (gone.length) await link.dismiss(gone.map(pair), ctx);
  if (added.length) await link.create(added.map(pair), ctx, options);
}

/**
 * Sets the cart's adjustments from computed actions (Medusa's updateCartPromotionsWorkflow with
 * REPLACE): the promotions' adjustments replace the coded ones, adjustments without a code
 * (added by hand) stay; an adjustment on a tax-inclusive line is tax-inclusive too. The cart's
 * linked promotions become those that gave an adjustment. Returns their ids.
 */
export async function applyPromotionActions(
  container: TesseraContainer,
  cart: Pick<LoadedCart, "id" | "items" | "shipping_methods">,
  actions: ComputeActions[],
  ctx: Context,
): Promise<string[]> {
  const service = container.resolve("cart");
  const itemRows = adjustmentSet(
    cart.items,
    actions.flatMap((a) => (a.action === "addItemAdjustment" ? [{ ...a, line_id: a.item_id }] : [])),
  ).map(({ line_id, ...a }) => ({ ...a, item_id: line_id }));
  const shippingRows = adjustmentSet(
    cart.shipping_methods,
    actions.flatMap((a) =>
      a.action === "addShippingMethodAdjustment" ? [{ ...a, line_id: a.shipping_method_id }] : [],
    ),
  ).map(({ line_id, ...a }) => ({ ...a, shipping_method_id: line_id }));
  // A refresh after most changes computes the adjustments the cart already has: write only when they differ.
  // The cart's lines as read under its lock (kept in memory as written): the writes do not read them again.
  if (!sameAdjustments(cart.items, itemRows, "item_id"))
    await service.setLineItemAdjustments(cart.id, itemRows, ctx, lineIdsOf(cart.items));
  if (!sameAdjustments(cart.shipping_methods, shippingRows, "shipping_method_id"))
    await service.setShippingMethodAdjustments(cart.id, shippingRows, ctx, lineIdsOf(cart.shipping_methods));
  return [
    ...new Set(
      actions.flatMap((a) =>
        (a.action === "addItemAdjustment" || a.action === "addShippingMethodAdjustment") && a.promotion_id
          ? [a.promotion_id]
          : [],
      ),
    ),
  ];
}

/** The ids of a cart's lines as read (undefined when not read: the write reads them). */
export const lineIdsOf = (lines: { id: string }[] | undefined) => lines?.map((l) => l.id);

/** Whether the lines hold exactly these adjustments (ids aside: a kept manual one keeps its own). */
function sameAdjustments<K extends "item_id" | "shipping_method_id">(
  lines: { id: string; adjustments?: AdjustmentRow[] }[] | undefined,
  rows: ({ [key in K]: string } & AdjustmentFields)[],
  parent: K,
): boolean {
  const key = (line: string, a: AdjustmentFields) =>
    JSON.stringify([
      line,
      new Decimal(String(a.amount)).toString(),
      a.code ?? null,
      a.promotion_id ?? null,
      a.description ?? null,
      a.is_tax_inclusive ?? false,
      a.provider_id ?? null,
    ]);
  const held = (lines ?? []).flatMap((l) => (l.adjustments ?? []).map((a) => key(l.id, a))).sort();
  const wanted = rows.map((r) => key(r[parent], r)).sort();
  return held.length === wanted.length && held.every((k, i) => k === wanted[i]);
}
type AdjustmentFields = {
  amount: Decimal | string;
  code?: string | null;
  promotion_id?: string | null;
  description?: string | null;
  is_tax_inclusive?: boolean;
  provider_id?: string | null;
};

type AdjustmentRow = {
  id: string;
  code: string | null;
  amount: Decimal;
  is_tax_inclusive: boolean;
  description: string | null;
  provider_id: string | null;
  promotion_id: string | null;
};

/** The adjustments of one kind of line: those without a code kept, the computed ones added (tax-inclusive on a tax-inclusive line). */
export function adjustmentSet(
  lines: { id: string; is_tax_inclusive: boolean; adjustments?: AdjustmentRow[] }[] | undefined,
  added: { line_id: string; amount: string; code: string; promotion_id?: string; description?: string }[],
) {
  const inclusive = new Map((lines ?? []).map((l) => [l.id, l.is_tax_inclusive]));
  const manual = (lines ?? []).flatMap((l) =>
    (l.adjustments ?? [])
      .filter((a) => !a.code)
      .map(({ code: _code, ...a }) => ({ ...a, line_id: l.id, amount: a.amount.toFixed(), code: null })),
  );
  return [
    ...manual,
    ...added.map((a) => ({
      line_id: a.line_id,
      amount: a.amount,
      code: a.code,
      promotion_id: a.promotion_id ?? null,
      description: a.description ?? null,
      is_tax_inclusive: inclusive.get(a.line_id) ?? false,
    })),
  ];
}

/** Puts a snapshot's adjustments (on lines that still exist) and linked promotions back. */
export async function restorePromotions(
  container: TesseraContainer,
  cartId: string,
  snapshot: PromotionSnapshot,
  ctx: Context,
) {
  const service = container.resolve("cart");
  const { items, methods } = await liveLineIds(container, cartId, ctx);
  await service.setLineItemAdjustments(
    cartId,
    snapshot.items.filter((a) => items.has(a.line_id)).map(({ line_id, ...a }) => ({ ...a, item_id: line_id })),
    ctx,
  );
  await service.setShippingMethodAdjustments(
    cartId,
    snapshot.shipping
      .filter((a) => methods.has(a.line_id))
      .map(({ line_id, ...a }) => ({ ...a, shipping_method_id: line_id })),
    ctx,
  );
  const now = (await cartPromotions(container, cartId, ctx)).map((p) => p.id);
  await replaceCartPromotions(container, cartId, now, snapshot.promotion_ids, ctx);
}

/**
 * Recomputes a read cart's promotion adjustments (Medusa's refresh with updateCartPromotionsWorkflow):
 * computeActions for the cart's codes and the active automatic promotions sets the item and
 * shipping-method adjustments, and the cart keeps the promotions that still apply (a code whose
 * conditions no longer hold, or whose budget is used up, drops off). Answers what to put back
 * (undefined when the project has no promotions). Call under the cart's lock.
 */
export async function refreshPromotions(
  container: TesseraContainer,
  cart: PromotionSubject & Pick<LoadedCart, "id" | "items" | "shipping_methods">,
  ctx: Context,
  seed?: { promotions?: { id: string; code: string }[]; products?: ProductMemo },
): Promise<PromotionSnapshot | undefined> {
  if (!cartPromotionLink(container)) return undefined;
  const promotions = seed?.promotions ?? (await cartPromotions(container, cart.id, ctx));
  const service = container.resolve("promotion");
  const codes = promotions.map((p) => p.code);
  const forRules = await service.mayApplyPromotions(codes, {}, ctx);
  // Without codes or automatic promotions, only the coded adjustments' removal: the same
  // decision for the context and the compute, should an automatic promotion appear in between.
  const actions = await service.computeActions(
    codes,
    await promotionContext(container, cart, ctx, { forRules, products: seed?.products }),
    { prevent_auto_promotions: !forRules },
    ctx,
  );
  const snapshot = snapshotPromotions(cart, promotions);
  const applied = await applyPromotionActions(container, cart, actions, ctx);
  // The applied promotions were read by computeActions in this transaction, under the cart's lock.
  await replaceCartPromotions(
    container,
    cart.id,
    promotions.map((p) => p.id),
    applied,
    ctx,
    { checked: true },
  );
  return snapshot;
}
