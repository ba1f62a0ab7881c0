import { createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { createCartPaymentSessionStep, ensureCartPaymentCollectionStep } from "./steps/cart-payment.ts";

/**
 * The cart's payment collection for its current total, created and linked on first call
 * (Medusa's createPaymentCollectionForCartWorkflow).
 * @example await createCartPaymentCollectionWorkflow(container).run({ input: { cart_id } }) // { payment_collection_id }
 */
export const createCartPaymentCollectionWorkflow = createWorkflow(
  "create-cart-payment-collection",
  (input: { cart_id: string }) => new WorkflowResponse(ensureCartPaymentCollectionStep(input)),
);

/**
 * Starts paying for a cart with a provider: brings its payment collection up to the cart's total
 * (creating it if needed), then opens a session with the provider for that amount. A failure of
 * the provider undoes the collection change.
 * @example await initiateCartPaymentSessionWorkflow(container).run({ input: { cart_id, provider_id: "pp_system_default" } })
 */
export const initiateCartPaymentSessionWorkflow = createWorkflow(
  "initiate-cart-payment-session",
  (input: { cart_id: string; provider_id: string; data?: Record<string, unknown> }) => {
    const collection = ensureCartPaymentCollectionStep(
      transform({ input }, ({ input: i }) => ({ cart_id: i.cart_id })),
    );
    const session = createCartPaymentSessionStep(
      transform({ input, collection }, ({ input: i, collection: c }) => ({
        payment_collection_id: c.payment_collection_id,
        provider_id: i.provider_id,
        data: i.data,
      })),
    );
    return new WorkflowResponse(
      transform({ collection, session }, ({ collection: c, session: s }) => ({
        payment_collection_id: c.payment_collection_id,
        payment_session_id: s.id,
      })),
    );
  },
);
