import type { Metadata } from "../../modules/cart/types.ts";
import { createWorkflow, transform, when, WorkflowResponse } from "../../framework/workflows/index.ts";
import type { CartAddressInput } from "../../modules/cart/types.ts";
import { endRefreshedChange } from "./refreshed-change.ts";
import { resolveCartRegionStep, updateCartStep } from "./steps/carts.ts";

/** What updateCart changes: addresses given replace the cart's (null removes one). */
export interface UpdateCartWorkflowInput {
  id: string;
  email?: string | null;
  region_id?: string | null;
  shipping_address?: CartAddressInput | null;
  billing_address?: CartAddressInput | null;
  metadata?: Metadata | null;
}

/**
 * Updates a cart (Medusa's updateCartWorkflow): email, addresses, metadata, and its region, whose
 * currency becomes the cart's; then re-prices and re-taxes every line. Emits `cart.updated`.
 */
export const updateCartWorkflow = createWorkflow("update-cart", (input: UpdateCartWorkflowInput) => {
  const region = when({ input }, ({ input: i }) => !!i.region_id).then(() =>
    resolveCartRegionStep(transform({ input }, ({ input: i }) => ({ region_id: i.region_id }))),
  );
  updateCartStep(
    transform({ input, region }, ({ input: { region_id: _r, ...i }, region: r }) => ({
      ...i,
      ...(r ? { region_id: r.region_id, currency_code: r.currency_code } : {}),
    })),
  );
  endRefreshedChange(input.id);
  return new WorkflowResponse({ id: input.id });
});
