import type { TesseraContainer } from "../../framework/container/container.ts";
import { TesseraError } from "../../framework/errors/tessera-error.ts";
import { linkByEntryPoint } from "../../framework/links/registry.ts";
import type { Context } from "../../framework/modules/service-factory.ts";
import { roundToCurrency } from "../../framework/money/index.ts";
import { computeTotals } from "../../framework/totals/index.ts";
import type { CompletingCart } from "./order-from-cart.ts";

const invalid = (message: string, field: string) =>
  new TesseraError(TesseraError.Types.INVALID_DATA, message, { field: [field] });

/** The relations a cart is completed with. */
export const completionRelations = [
  "items.adjustments",
  "items.tax_lines",
  "shipping_methods.adjustments",
  "shipping_methods.tax_lines",
  "shipping_address",
  "billing_address",
];

/** What the customer pays for the cart, rounded to its currency (the same totals a cart read shows). */
export function cartTotal(cart: CompletingCart): string {
  const totals = computeTotals({
    currency_code: cart.currency_code,
    items: (cart.items ?? []).map((i) => ({ ...i, unit_price: i.unit_price.toFixed() })),
    shipping_methods: (cart.shipping_methods ?? []).map((m) => ({ ...m, amount: m.amount.toFixed() })),
  });
  return roundToCurrency(totals.total, cart.currency_code).toFixed();
}

/**
 * What a cart needs before it can become an order (Medusa's validateCartStep and friends): items,
 * an email, a shipping address and a shipping method when an item ships. Each gap is an
 * INVALID_DATA naming what is missing, so a storefront can tell the shopper.
 */
export function checkCartCompletable(cart: CompletingCart): void {
  const items = cart.items ?? [];
  if (!items.length) throw invalid("The cart has no items", "items");
  if (!cart.email) throw invalid("The cart has no email", "email");
  if (items.some((i) => i.requires_shipping)) {
    if (!cart.shipping_address) throw invalid("The cart has no shipping address", "shippingAddress");
    if (!cart.shipping_methods?.length)
      throw invalid("The cart has no shipping method for its items that ship", "shippingMethods");
  }
}

/** The id of the cart's payment collection (link cart_payment_collection); null without one or without payments. */
export async function linkedPaymentCollectionId(
  container: TesseraContainer,
  cartId: string,
  ctx: Context,
): Promise<string | null> {
  const link = linkByEntryPoint("cart_payment_collection");
  if (!link || !container.hasRegistration("payment")) return null;
  const [row] = await container.resolve("link").list(link, { cart_id: cartId }, ctx);
  return row ? String(row.payment_collection_id) : null;
}

/**
 * The payment session completion authorizes: of the cart's payment collection (which must still
 * ask for the cart's total: a cart changed since is INVALID_DATA until createCartPaymentCollection
 * updates it), an authorized session, else the newest one still open.
 */
export async function paymentSessionOf(
  container: TesseraContainer,
  cart: CompletingCart,
  ctx: Context,
): Promise<{ payment_collection_id: string; session_id: string }> {
  const collectionId = await linkedPaymentCollectionId(container, cart.id, ctx);
  if (!collectionId)
    throw invalid("The cart has no payment collection: call createCartPaymentCollection", "paymentSession");
  const [collection] = await container
    .resolve("payment")
    .listPaymentCollections(
      { id: collectionId },
      { relations: ["payment_sessions"], relationLoadStrategy: "join" },
      ctx,
    );
  if (!collection)
    throw invalid("The cart has no payment collection: call createCartPaymentCollection", "paymentSession");
  const total = cartTotal(cart);
  if (!collection.amount.equals(total))
    throw invalid(
      `The cart's total (${total}) is not what its payment collection asks (${collection.amount.toFixed()}): call createCartPaymentCollection again`,
      "paymentCollection",
    );
  const sessions = (collection.payment_sessions ?? []).filter((s) => !s.deleted_at);
  const session =
    sessions.find((s) => s.status === "authorized") ??
    sessions
      .filter((s) => s.status === "pending" || s.status === "requires_more")
      .sort((a, b) => b.created_at.getTime() - a.created_at.getTime())[0];
  if (!session) throw invalid("The cart has no open payment session: call initiatePaymentSession", "paymentSession");
  return { payment_collection_id: collectionId, session_id: session.id };
}

/** The order placed from the cart, if there is one (order_cart). */
export async function orderOfCart(container: TesseraContainer, cartId: string, ctx: Context): Promise<string | null> {
  const link = linkByEntryPoint("order_cart");
  if (!link) return null;
  const [row] = await container.resolve("link").list(link, { cart_id: cartId }, ctx);
  return row ? String(row.order_id) : null;
}
