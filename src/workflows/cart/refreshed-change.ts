import type { EventMessage } from "../../framework/events/types.ts";
import { transform, type WorkflowInput } from "../../framework/workflows/index.ts";
import { CartEvents } from "../../modules/cart/events.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { refreshCartWorkflow } from "./refresh-cart.ts";

/**
 * How a cart change ends when its step refreshed the cart in its own transaction: the refresh
 * workflow runs only its hook (`refreshed: true`), then `cart.updated` is emitted. Without a
 * `refreshAdjustments` handler that nested run would start no step, so it is not started (no
 * execution row, nor the outer step's checkpoint: three statements less per change).
 */
export function endRefreshedChange(cartId: WorkflowInput<string>): void {
  refreshCartWorkflow.runAsStep({
    input: transform({ cartId }, ({ cartId: id }) => ({ cart_id: id, refreshed: true })),
  });
  emitEventStep(
    transform({ cartId }, ({ cartId: id }): EventMessage[] => [{ name: CartEvents.CART_UPDATED, data: { id } }]),
  );
}
