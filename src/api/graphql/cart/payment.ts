import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import { payloadType } from "../../../framework/graphql/payloads.ts";
import { workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { zodJson } from "../../../framework/graphql/zod-input.ts";
import type { Row } from "../../../framework/modules/service-factory.ts";
import { CartRef } from "../../../modules/cart/graphql/types.ts";
import {
  createCartPaymentCollectionWorkflow,
  initiateCartPaymentSessionWorkflow,
} from "../../../workflows/cart/index.ts";
import { ownCart } from "./access.ts";
import { cartIdField } from "./payload.ts";

// The storefront's view of paying for its cart: the collection's amount and status and the session
// it opened. The payment module's own types stay admin data (they list every payment of a store).

type CartPaymentShape = { cartId: string; collection: Row<"PaymentCollection">; session: Row<"PaymentSession"> | null };

const CartPaymentSessionRef = builder.objectRef<Row<"PaymentSession">>("CartPaymentSession").implement({
  description: "A payment session opened for the caller's cart.",
  fields: (t) => ({
    id: t.exposeID("id"),
    providerId: t.exposeString("provider_id", { description: "The payment provider (pp_system_default, …)." }),
    status: t.exposeString("status", { description: "pending, authorized, requires_more, error or canceled." }),
    amount: t.string({ description: "The amount, a decimal string.", resolve: (s) => s.amount.toFixed() }),
    currencyCode: t.exposeString("currency_code"),
    data: t.field({
      type: "JSON",
      nullable: true,
      description: "What the provider returned for the client (a client secret to confirm the payment, …).",
      resolve: (s) => (s.data ?? null) as Record<string, unknown> | null,
    }),
  }),
});

const CartPaymentRef = builder.objectRef<CartPaymentShape>("CartPayment").implement({
  description: "The payment collection of the caller's cart: what completeCart authorizes.",
  fields: (t) => ({
    cart: t.field({ type: CartRef, resolve: (p, _args, ctx) => ctx.scope.resolve("cart").retrieveCart(p.cartId) }),
    paymentCollectionId: t.id({ resolve: (p) => p.collection.id }),
    amount: t.string({ description: "The cart's total it asks for.", resolve: (p) => p.collection.amount.toFixed() }),
    currencyCode: t.string({ resolve: (p) => p.collection.currency_code }),
    status: t.string({ description: "not_paid, awaiting, authorized, …", resolve: (p) => p.collection.status }),
    session: t.field({
      type: CartPaymentSessionRef,
      nullable: true,
      description: "The session this mutation opened (none for createCartPaymentCollection).",
      resolve: (p) => p.session,
    }),
  }),
});

const CartPaymentPayload = payloadType("CartPaymentPayload", "payment", CartPaymentRef);

const paymentOf = async (
  ctx: GraphQLContext,
  cartId: string,
  ids: { payment_collection_id: string; payment_session_id?: string },
): Promise<{ payment: CartPaymentShape }> => {
  const payment = ctx.scope.resolve("payment");
  return {
    payment: {
      cartId,
      collection: await payment.retrievePaymentCollection(ids.payment_collection_id),
      session: ids.payment_session_id ? await payment.retrievePaymentSession(ids.payment_session_id) : null,
    },
  };
};

workflowMutation("createCartPaymentCollection", {
  access: access.store,
  description:
    "Creates the cart's payment collection for its total, or brings its amount up to date after the cart changed (call it again then). A collection with an authorized payment is final (NOT_ALLOWED); an empty cart is INVALID_DATA.",
  input: { name: "CreateCartPaymentCollectionInput", schema: z.object({ cartId: cartIdField }) },
  workflow: createCartPaymentCollectionWorkflow,
  workflowInput: async (input, ctx) => ({ cart_id: await ownCart(ctx, input.cartId) }),
  payload: CartPaymentPayload,
  result: (output, input, ctx) => paymentOf(ctx, input.cartId, output),
});

workflowMutation("initiateCartPaymentSession", {
  access: access.store,
  description:
    "Starts paying for the cart with a provider (one of paymentProviders): its payment collection is brought up to the cart's total (created if needed) and a session is opened for that amount. completeCart authorizes the newest open session. An unknown or disabled provider is a userError and changes nothing.",
  input: {
    name: "InitiateCartPaymentSessionInput",
    schema: z.object({
      cartId: cartIdField,
      providerId: z.string().min(1).describe("The payment provider's id (pp_system_default, pp_stripe_stripe, …)."),
      data: zodJson().nullish().describe("Passed to the provider's initiatePayment (payment method details, …)."),
    }),
  },
  workflow: initiateCartPaymentSessionWorkflow,
  workflowInput: async (input, ctx) => ({
    cart_id: await ownCart(ctx, input.cartId),
    provider_id: input.providerId,
    data: input.data ?? undefined,
  }),
  payload: CartPaymentPayload,
  result: (output, input, ctx) => paymentOf(ctx, input.cartId, output),
});
