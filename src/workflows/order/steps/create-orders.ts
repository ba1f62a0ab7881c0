import type { CreateOrderInput } from "../../../modules/order/types.ts";
import { moduleRowSteps } from "../../common/steps/module-rows.ts";

const { createRowsStep } = moduleRowSteps("order");

export const createOrdersStepId = "create-orders";
/**
 * Creates orders with their items, shipping methods, adjustments, tax lines and addresses (one
 * transaction each); compensation removes them whole.
 */
export const createOrdersStep = createRowsStep(
  createOrdersStepId,
  (s, input: CreateOrderInput[]) => s.createOrdersWithDetails(input),
  (s, ids) => s.deleteOrdersWithDetails(ids),
);
