import type { TesseraContainer } from "../../../framework/container/container.ts";
import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import { withSharedTransaction } from "../../../framework/modules/shared-transaction.ts";
import type { Context } from "../../../framework/modules/service-factory.ts";
import { type CartRefreshUndo, undoRefreshCart } from "../refresh-state.ts";

/**
 * Runs `fn` in one transaction holding the cart's row lock (SELECT … FOR UPDATE): two workflows
 * changing one cart take turns, so neither works from the other's stale read (no lost update).
 * A completed cart cannot change (NOT_ALLOWED).
 */
export function withLockedCart<T>(
  container: TesseraContainer,
  cartId: string,
  fn: (ctx: Context) => Promise<T>,
  options: { allowCompleted?: boolean } = {},
): Promise<T> {
  return withSharedTransaction(container.resolve("db"), async (ctx) => {
    const service = container.resolve("cart");
    const { completed_at } = await service.lockCart(cartId, ctx);
    if (completed_at && !options.allowCompleted)
      throw new TesseraError(TesseraError.Types.NOT_ALLOWED, `Cart ${cartId} is completed and cannot change`);
    return fn(ctx);
  });
}

/**
 * Compensates a change that refreshed the cart in its own transaction: under the cart's lock
 * (completed or not), the refresh is put back first, then `undoChange` undoes the change.
 */
export function undoRefreshedChange(
  container: TesseraContainer,
  cartId: string,
  refresh: CartRefreshUndo | undefined,
  undoChange: (ctx: Context) => Promise<unknown>,
): Promise<void> {
  return withLockedCart(
    container,
    cartId,
    async (ctx) => {
      if (refresh) await undoRefreshCart(container, refresh, ctx);
      await undoChange(ctx);
    },
    { allowCompleted: true },
  );
}
