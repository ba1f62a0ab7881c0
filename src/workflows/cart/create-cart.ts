import type { EventMessage } from "../../framework/events/types.ts";
import type { Metadata } from "../../modules/cart/types.ts";
import { createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { CartEvents } from "../../modules/cart/events.ts";
import type { CartAddressInput } from "../../modules/cart/types.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { refreshCartWorkflow } from "./refresh-cart.ts";
import { createCartStep, resolveCartRegionStep } from "./steps/carts.ts";
import { addLineItemsStep, type CartItemRequest } from "./steps/line-items.ts";

/** A cart to create: the region (else the store's default) sets its currency. */
export interface CreateCartWorkflowInput {
  region_id?: string | null;
  /** Must be the region's currency when given. */
  currency_code?: string | null;
  sales_channel_id?: string | null;
  customer_id?: string | null;
  email?: string | null;
  shipping_address?: CartAddressInput | null;
  billing_address?: CartAddressInput | null;
  metadata?: Metadata | null;
  items?: CartItemRequest[];
}

/**
 * Creates a cart (Medusa's createCartWorkflow): its region and currency, its sales channel and
 * customer, optional first items (checked and priced like addToCart); emits `cart.created`.
 * @example await createCartWorkflow(container).run({ input: { region_id, sales_channel_id, items: [{ variant_id, quantity: 1 }] } })
 */
export const createCartWorkflow = createWorkflow("create-cart", (input: CreateCartWorkflowInput) => {
  const region = resolveCartRegionStep(
    transform({ input }, ({ input: i }) => ({ region_id: i.region_id, currency_code: i.currency_code })),
  );
  const cart = createCartStep(
    transform({ input, region }, ({ input: { items: _items, ...i }, region: r }) => ({ ...i, ...r })),
  );
  // The items' step refreshes the cart in its transaction; a new cart without items has nothing to
  // refresh (no lines to price, discount or tax): the refresh workflow runs only its hook.
  addLineItemsStep(transform({ cart, input }, ({ cart: c, input: i }) => ({ cart_id: c.id, items: i.items ?? [] })));
  refreshCartWorkflow.runAsStep({ input: transform({ cart }, ({ cart: c }) => ({ cart_id: c.id, refreshed: true })) });
  emitEventStep(
    transform({ cart }, ({ cart: c }) => [{ name: CartEvents.CART_CREATED, data: { id: c.id } } as EventMessage]),
  );
  return new WorkflowResponse(cart);
});
