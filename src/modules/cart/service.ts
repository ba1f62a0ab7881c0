import { TesseraError } from "../../framework/errors/tessera-error.ts";
import { adjustmentColumns } from "../../framework/modules/line-inputs.ts";
import { replaceLineSet, type SetKind } from "../../framework/modules/replace-set.ts";
import { ModuleService, type Context, type Row } from "../../framework/modules/service-factory.ts";
import { toDecimal } from "../../framework/money/index.ts";
import {
  Cart,
  CartAddress,
  CartLineItem,
  CartLineItemAdjustment,
  CartLineItemTaxLine,
  CartShippingMethod,
  CartShippingMethodAdjustment,
  CartShippingMethodTaxLine,
} from "./models.ts";
import type {
  CartInput,
  CartLineItemInput,
  CartShippingMethodInput,
  LineItemAdjustmentInput,
  LineItemTaxLineInput,
  ShippingMethodAdjustmentInput,
  ShippingMethodTaxLineInput,
} from "./types.ts";

const asList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);
/**
 * The two ways to add rows to carts, as Medusa: `(cartId, rows, ctx)` or `(rows naming their
 * cart_id, ctx)`; answers the rows with their `cart_id` and the context.
 */
function forCarts<R extends { cart_id: string }>(
  cartIdOrRows: string | R | R[],
  rowsOrCtx?: Omit<R, "cart_id">[] | Context,
  ctx?: Context,
): [R[], Context | undefined] {
  if (typeof cartIdOrRows !== "string") return [asList(cartIdOrRows), rowsOrCtx as Context | undefined];
  const rows = asList((rowsOrCtx as Omit<R, "cart_id">[]) ?? []);
  return [rows.map((r) => ({ ...r, cart_id: cartIdOrRows }) as R), ctx];
}
const str = (value: unknown): string | null => (typeof value === "string" ? value : null);

const cart = { owner: "cart", ownerLabel: "Cart" } as const;
const kinds = {
  itemAdjustments: { ...cart, model: "cartLineItemAdjustment", parent: "item_id", parents: "items", prefix: "caliadj" },
  shippingAdjustments: {
    ...cart,
    model: "cartShippingMethodAdjustment",
    parent: "shipping_method_id",
    parents: "shipping_methods",
    prefix: "casmadj",
  },
  itemTaxLines: { ...cart, model: "cartLineItemTaxLine", parent: "item_id", parents: "items", prefix: "calitxl" },
  shippingTaxLines: {
    ...cart,
    model: "cartShippingMethodTaxLine",
    parent: "shipping_method_id",
    parents: "shipping_methods",
    prefix: "casmtxl",
  },
} as const satisfies Record<string, SetKind>;

// getTaxLines answers rate_id and name; the cart stores tax_rate_id and description (Medusa's columns).
const taxLineColumns = (l: LineItemTaxLineInput | ShippingMethodTaxLineInput) => ({
  rate: toDecimal(l.rate ?? 0),
  code: l.code,
  description: l.description ?? l.name ?? null,
  provider_id: l.provider_id ?? null,
  tax_rate_id: l.tax_rate_id ?? l.rate_id ?? null,
});

/**
 * Carts (Medusa's cart module): the generated methods (createCarts, listLineItems,
 * updateLineItems, deleteLineItems, ...) plus Medusa's cart operations: adding items and shipping
 * methods, and replacing the adjustments and tax lines of a cart's lines as one set.
 */
export default class CartModuleService extends ModuleService({
  Cart,
  CartAddress,
  CartLineItem,
  CartLineItemAdjustment,
  CartLineItemTaxLine,
  CartShippingMethod,
  CartShippingMethodAdjustment,
  CartShippingMethodTaxLine,
}) {
  /**
   * Locks the cart's row until the transaction in `ctx` ends, so two writers of one cart take
   * turns (no lost update); NOT_FOUND for an unknown or completed-and-deleted cart. Answers when
   * the cart was completed (null: it was not), read with the lock, so a caller needs no second read.
   */
  async lockCart(cartId: string, ctx: Context): Promise<{ completed_at: Date | null }> {
    if (!ctx.tx) throw new Error("lockCart needs a transaction");
    const [row] = await ctx.tx.$queryRaw<{ completed_at: Date | null }[]>`
      SELECT completed_at FROM cart WHERE id = ${cartId} AND deleted_at IS NULL FOR UPDATE`;
    if (!row) throw new TesseraError(TesseraError.Types.NOT_FOUND, `Cart with id: ${cartId} was not found`);
    return row;
  }

  /**
   * Creates a cart with its shipping and billing addresses (Medusa's createCarts with address
   * objects), in one transaction; answers the cart with its addresses, as written.
   * @example await cart.createCartWithAddresses({ currency_code: "eur", shipping_address: { country_code: "de" } })
   */
  async createCartWithAddresses(data: CartInput, ctx?: Context): Promise<Row<"Cart">> {
    const { shipping_address, billing_address, ...columns } = data;
    const create = async (c?: Context) => {
      const ship = shipping_address ? await this.createAddresses(shipping_address, c) : null;
      const bill = billing_address ? await this.createAddresses(billing_address, c) : null;
      const cart = await this.createCarts(
        {
          ...columns,
          currency_code: columns.currency_code.toLowerCase(),
          ...(ship ? { shipping_address_id: ship.id } : {}),
          ...(bill ? { billing_address_id: bill.id } : {}),
        },
        c,
      );
      // The rows the writes returned: nothing to read again.
      return { ...cart, shipping_address: ship, billing_address: bill };
    };
    // Without addresses the cart is one INSERT: no transaction of its own.
    return shipping_address || billing_address ? this.transaction(create, ctx) : create(ctx);
  }

  /**
   * Adds line items, as Medusa: `addLineItems(cartId, items)` or items naming their `cart_id`.
   * @example await cart.addLineItems("cart_1", [{ title: "Shirt", quantity: 1, unit_price: "10", variant_id }])
   */
  async addLineItems(
    cartIdOrItems: string | CartLineItemInput | CartLineItemInput[],
    itemsOrCtx?: Omit<CartLineItemInput, "cart_id">[] | Context,
    ctx?: Context,
  ): Promise<Row<"CartLineItem">[]> {
    return this.addToCarts(forCarts(cartIdOrItems, itemsOrCtx, ctx), (items, t) =>
      this.createLineItems(
        items.map((i) => ({
          ...i,
          unit_price: toDecimal(i.unit_price),
          compare_at_unit_price: i.compare_at_unit_price == null ? null : toDecimal(i.compare_at_unit_price),
        })),
        t,
      ),
    );
  }

  /** Adds shipping methods: `addShippingMethods(cartId, methods)` or methods naming their `cart_id`. */
  async addShippingMethods(
    cartIdOrMethods: string | CartShippingMethodInput | CartShippingMethodInput[],
    methodsOrCtx?: Omit<CartShippingMethodInput, "cart_id">[] | Context,
    ctx?: Context,
  ): Promise<Row<"CartShippingMethod">[]> {
    return this.addToCarts(forCarts(cartIdOrMethods, methodsOrCtx, ctx), (methods, t) =>
      this.createShippingMethods(
        methods.map((m) => ({ ...m, amount: toDecimal(m.amount), data: m.data ?? undefined })),
        t,
      ),
    );
  }

  /**
   * Replaces the adjustments of the cart's items with these (kept by `id`, the others deleted).
   * `lineIds`, in each `set…` method: the ids of the cart's live lines of that kind, as the caller
   * read them in this transaction (`ctx`) under the cart's row lock; they are not read again.
   */
  async setLineItemAdjustments(
    cartId: string,
    adjustments: LineItemAdjustmentInput[],
    ctx?: Context,
    lineIds?: string[],
  ) {
    const rows = adjustments.map((a) => ({ id: a.id, parentId: a.item_id, columns: adjustmentColumns(a) }));
    return this.replaceSet(kinds.itemAdjustments, cartId, rows, ctx, lineIds);
  }

  /** Replaces the adjustments of the cart's shipping methods with these. */
  async setShippingMethodAdjustments(
    cartId: string,
    adjustments: ShippingMethodAdjustmentInput[],
    ctx?: Context,
    lineIds?: string[],
  ) {
    const rows = adjustments.map((a) => ({ id: a.id, parentId: a.shipping_method_id, columns: adjustmentColumns(a) }));
    return this.replaceSet(kinds.shippingAdjustments, cartId, rows, ctx, lineIds);
  }

  /**
   * Replaces the tax lines of the cart's items with these (kept by `id`, the others deleted); takes
   * the tax module's `getTaxLines` answer as it is. Lines naming a `shipping_line_id` are shipping
   * tax lines: the seed's "Retrieve Tax Lines of a Cart's Items and Shipping" passes them here, so
   * they replace the shipping methods' set instead (and then leave the items' lines alone);
   * `lineIds` then names the items only.
   */
  async setLineItemTaxLines(
    cartId: string,
    lines: (LineItemTaxLineInput | ShippingMethodTaxLineInput)[],
    ctx?: Context,
    lineIds?: string[],
  ) {
    const shipping = lines.filter(
      (l): l is ShippingMethodTaxLineInput => "shipping_line_id" in l || "shipping_method_id" in l,
    );
    const items = lines.filter((l) => !shipping.includes(l as ShippingMethodTaxLineInput)) as LineItemTaxLineInput[];
    return this.transaction(async (c) => {
      if (shipping.length) {
        await this.setShippingMethodTaxLines(cartId, shipping, c);
        if (!items.length) return [];
      }
      const rows = items.map((l) => ({
        id: l.id,
        parentId: str(l.item_id) ?? str(l.line_item_id) ?? "",
        columns: taxLineColumns(l),
      }));
      return this.replaceSet(kinds.itemTaxLines, cartId, rows, c, lineIds);
    }, ctx);
  }

  /** Replaces the tax lines of the cart's shipping methods with these (getTaxLines' shipping lines as they are). */
  async setShippingMethodTaxLines(
    cartId: string,
    lines: ShippingMethodTaxLineInput[],
    ctx?: Context,
    lineIds?: string[],
  ) {
    const rows = lines.map((l) => ({
      id: l.id,
      parentId: str(l.shipping_method_id) ?? str(l.shipping_line_id) ?? "",
      columns: taxLineColumns(l),
    }));
    return this.replaceSet(kinds.shippingTaxLines, cartId, rows, ctx, lineIds);
  }

  /** Replaces one of the cart's line sets (see replaceLineSet) in a transaction. */
  private replaceSet(
    kind: SetKind,
    cartId: string,
    rows: Parameters<typeof replaceLineSet>[3],
    ctx?: Context,
    lineIds?: string[],
  ) {
    return this.transaction((c) => replaceLineSet(this.client(c), kind, cartId, rows, lineIds), ctx);
  }

  /** Checks that the rows' carts exist and are open, then creates the rows, in one transaction. */
  private addToCarts<R extends { cart_id: string }, O>(
    [rows, ctx]: [R[], Context | undefined],
    create: (rows: R[], ctx: Context) => Promise<O>,
  ): Promise<O> {
    return this.transaction(async (t) => {
      await this.checkCarts(
        rows.map((r) => r.cart_id),
        t,
      );
      return create(rows, t);
    }, ctx);
  }

  /** Every cart named must exist and be open: items cannot be added to a completed cart. */
  private async checkCarts(ids: string[], ctx: Context): Promise<void> {
    const unique = [...new Set(ids)];
    const carts = await this.listCarts({ id: unique }, { select: ["id", "completed_at"] }, ctx);
    for (const id of unique) {
      const cart = carts.find((c) => c.id === id);
      if (!cart) throw new TesseraError(TesseraError.Types.NOT_FOUND, `Cart with id: ${id} was not found`);
      if (cart.completed_at)
        throw new TesseraError(TesseraError.Types.NOT_ALLOWED, `Cart ${id} is completed and cannot change`);
    }
  }
}
