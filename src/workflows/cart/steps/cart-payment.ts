import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { linkByEntryPoint } from "../../../framework/links/registry.ts";
import { Decimal } from "../../../framework/money/index.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import { cartTotal, completionRelations, linkedPaymentCollectionId } from "../completion-checks.ts";
import { withLockedCart } from "./locked.ts";

/** What ensureCartPaymentCollectionStep did, so its compensation can undo exactly that. */
type CollectionChange =
  | { kind: "created"; collection_id: string; cart_id: string }
  | { kind: "updated"; collection_id: string; amount: string }
  | { kind: "kept"; collection_id: string };

/**
 * The cart's payment collection asking for the cart's current total (Medusa's
 * createPaymentCollectionForCartWorkflow): created and linked on first call, its amount brought up
 * to date when the cart changed since. Under the cart's row lock, so two calls at once make one
 * collection. A collection with an authorized payment is final (NOT_ALLOWED).
 */
export const ensureCartPaymentCollectionStep = createStep(
  "ensure-cart-payment-collection",
  async (input: { cart_id: string }, { container }) => {
    if (!linkByEntryPoint("cart_payment_collection"))
      throw new TesseraError(TesseraError.Types.NOT_ALLOWED, "Payments are not enabled in this project");
    const change = await withLockedCart(container, input.cart_id, async (ctx): Promise<CollectionChange> => {
      const cart = await container
        .resolve("cart")
        .retrieveCart(input.cart_id, { relations: completionRelations, relationLoadStrategy: "join" }, ctx);
      if (!cart.items?.length)
        throw new TesseraError(TesseraError.Types.INVALID_DATA, "The cart has no items to pay for", {
          field: ["cartId"],
        });
      const total = cartTotal(cart);
      const payment = container.resolve("payment");
      const existing = await linkedPaymentCollectionId(container, cart.id, ctx);
      if (!existing) {
        const created = await payment.createPaymentCollections(
          { currency_code: cart.currency_code, amount: new Decimal(total), region_id: cart.region_id },
          ctx,
        );
        await container
          .resolve("link")
          .create({ cart: { cart_id: cart.id }, payment: { payment_collection_id: created.id } }, ctx);
        return { kind: "created", collection_id: created.id, cart_id: cart.id };
      }
      const collection = await payment.retrievePaymentCollection(existing, {}, ctx);
      if (collection.amount.equals(total)) return { kind: "kept", collection_id: existing };
      if (!collection.authorized_amount.isZero())
        throw new TesseraError(
          TesseraError.Types.NOT_ALLOWED,
          "The cart's payment is already authorized for another total: complete the cart or start over",
          { field: ["cartId"] },
        );
      await payment.updatePaymentCollections({ id: existing, amount: new Decimal(total) }, ctx);
      return { kind: "updated", collection_id: existing, amount: collection.amount.toFixed() };
    });
    return new StepResponse({ payment_collection_id: change.collection_id }, change);
  },
  async (change: CollectionChange, { container }) => {
    const payment = container.resolve("payment");
    if (change.kind === "created") {
      await container
        .resolve("link")
        .dismiss({ cart: { cart_id: change.cart_id }, payment: { payment_collection_id: change.collection_id } });
      await payment.deletePaymentCollections([change.collection_id]);
    } else if (change.kind === "updated") {
      await payment.updatePaymentCollections({ id: change.collection_id, amount: new Decimal(change.amount) });
    }
  },
);

/**
 * A new payment session with `provider_id` for the whole collection (Medusa's
 * createPaymentSessionsWorkflow); completion authorizes the newest open one. Compensation deletes it.
 */
export const createCartPaymentSessionStep = createStep(
  "create-cart-payment-session",
  async (
    input: { payment_collection_id: string; provider_id: string; data?: Record<string, unknown> },
    { container },
  ) => {
    const payment = container.resolve("payment");
    const collection = await payment.retrievePaymentCollection(input.payment_collection_id);
    const session = await payment.createPaymentSession(collection.id, {
      provider_id: input.provider_id,
      currency_code: collection.currency_code,
      amount: collection.amount.toFixed(),
      data: input.data ?? {},
    });
    return new StepResponse({ id: session.id }, session.id);
  },
  async (sessionId: string, { container }) => {
    await container.resolve("payment").deletePaymentSession(sessionId);
  },
);
