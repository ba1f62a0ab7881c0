import type { Row } from "../../../framework/modules/service-factory.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import type { CreateOrderInput } from "../../../modules/order/types.ts";

export const createOrdersStepId = "create-orders";
/**
 * Creates orders with their items, shipping methods, adjustments, tax lines and addresses (one
 * transaction each); compensation removes them whole. Idempotent for orders given with their
 * id: run again (a queued stage delivered twice, a retry after a crash), it answers the orders
 * the first run wrote instead of writing them twice or failing.
 */
export const createOrdersStep = createStep(
  createOrdersStepId,
  async (input: CreateOrderInput[], { container }) => {
    const service = container.resolve("order");
    const given = input.flatMap((o) => (o.id ? [o.id] : []));
    const existing = async () => (given.length ? await service.listOrders({ id: given }) : []);
    let rows: Row<"Order">[];
    try {
      rows = await service.createOrdersWithDetails(input);
    } catch (error) {
      // Another delivery of this step wrote them first (its transaction held the ids): answer those.
      const written = await existing();
      if (!given.length || written.length !== input.length) throw error;
      rows = written;
    }
    return new StepResponse(
      rows,
      rows.map((row) => row.id),
    );
  },
  async (ids: string[], { container }) => {
    if (ids.length) await container.resolve("order").deleteOrdersWithDetails(ids);
  },
);
