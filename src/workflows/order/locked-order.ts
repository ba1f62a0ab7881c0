import type { TesseraContainer } from "../../framework/container/container.ts";
import { TesseraError } from "../../framework/errors/tessera-error.ts";
import { withSharedTransaction } from "../../framework/modules/shared-transaction.ts";
import type { Context } from "../../framework/modules/service-factory.ts";

/** The order's row as its lock answers it. */
export interface LockedOrder {
  id: string;
  version: number;
  status: string;
}

/**
 * Runs `fn` in one transaction holding the order's row lock, so two changes of one order take
 * turns. A canceled order cannot change: NOT_ALLOWED with code ORDER_CANCELED.
 */
export function withLockedOrder<T>(
  container: TesseraContainer,
  orderId: string,
  fn: (ctx: Context, order: LockedOrder) => Promise<T>,
): Promise<T> {
  return withSharedTransaction(container.resolve("db"), async (ctx) => {
    const order = await container.resolve("order").lockOrder(orderId, ctx);
    if (order.status === "canceled")
      throw new TesseraError(TesseraError.Types.NOT_ALLOWED, `Order ${orderId} is canceled and cannot change`, {
        field: ["orderId"],
        code: "ORDER_CANCELED",
      });
    return fn(ctx, order);
  });
}
