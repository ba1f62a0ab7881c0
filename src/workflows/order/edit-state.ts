import type { TesseraContainer } from "../../framework/container/container.ts";
import { TesseraError } from "../../framework/errors/tessera-error.ts";
import type { Context, Row } from "../../framework/modules/service-factory.ts";
import { withLockedOrder } from "./locked-order.ts";
import { type LoadedOrder, loadOrder } from "./order-state.ts";

// An order edit read under its order's lock: the change, its actions and the order, for the edit
// steps and the preview query alike.

export interface EditState {
  change: { id: string; order_id: string; version: number; status: string };
  actions: Row<"OrderChangeAction">[];
  order: LoadedOrder;
}

const notFound = (changeId: string) =>
  new TesseraError(TesseraError.Types.NOT_FOUND, `Order edit ${changeId} was not found`, { field: ["changeId"] });

/** The edit's change, actions and order, read in `ctx`; an unknown id, or a change that is no edit, is NOT_FOUND. */
export async function readEdit(container: TesseraContainer, changeId: string, ctx?: Context): Promise<EditState> {
  const service = container.resolve("order");
  const [change] = await service.listOrderChanges(
    { id: changeId, change_type: "edit" },
    { select: ["id", "order_id", "version", "status"] },
    ctx,
  );
  if (!change) throw notFound(changeId);
  const actions = await service.listOrderChangeActions(
    { order_change_id: changeId },
    { order: { ordering: "ASC" } },
    ctx,
  );
  return { change, actions, order: await loadOrder(container, change.order_id, ctx) };
}

/**
 * Runs `fn` on a pending edit under its order's lock: NOT_FOUND for an unknown edit, NOT_ALLOWED
 * for one confirmed or canceled already, ORDER_CANCELED when the order is canceled.
 */
export async function withPendingEdit<T>(
  container: TesseraContainer,
  changeId: string,
  fn: (ctx: Context, edit: EditState) => Promise<T>,
): Promise<T> {
  const [change] = await container
    .resolve("order")
    .listOrderChanges({ id: changeId, change_type: "edit" }, { select: ["order_id"] });
  if (!change) throw notFound(changeId);
  return withLockedOrder(container, change.order_id, async (ctx) => {
    const edit = await readEdit(container, changeId, ctx);
    if (edit.change.status !== "pending")
      throw new TesseraError(TesseraError.Types.NOT_ALLOWED, `Order edit ${changeId} is ${edit.change.status}`, {
        field: ["changeId"],
      });
    return fn(ctx, edit);
  });
}

/** An item's fulfilled units bound how low its quantity may go: QUANTITY_BELOW_FULFILLED otherwise. */
export function checkNotBelowFulfilled(item: { id: string; fulfilled_quantity: number }, quantity: number): void {
  if (quantity < item.fulfilled_quantity)
    throw new TesseraError(
      TesseraError.Types.NOT_ALLOWED,
      `Item ${item.id} has ${item.fulfilled_quantity} fulfilled units; its quantity cannot go below that`,
      { field: ["quantity"], code: "QUANTITY_BELOW_FULFILLED" },
    );
}
