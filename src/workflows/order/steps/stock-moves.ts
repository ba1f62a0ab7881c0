import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import type { FulfillStockInput, StockMove } from "../../../modules/inventory/service.ts";

const negate = (moves: StockMove[]): StockMove[] =>
  moves.map((m) => ({ ...m, stocked: -m.stocked, reserved: -m.reserved }));

export const fulfillStockStepId = "fulfill-stock";
/**
 * Turns the items' reservations into stock decrements at the fulfilment's location (inventory
 * module's fulfillStock); compensation puts stock and reservations back as they were.
 */
export const fulfillStockStep = createStep(
  fulfillStockStepId,
  async (input: FulfillStockInput[], { container }) => {
    if (!input.length) return new StepResponse([] as StockMove[], [] as StockMove[]);
    const moves = await container.resolve("inventory").fulfillStock(input);
    return new StepResponse(moves, moves);
  },
  async (moves, { container }) => {
    if (moves.length) await container.resolve("inventory").applyStockMoves(negate(moves));
  },
);

export const applyStockMovesStepId = "apply-stock-moves";
/**
 * Applies stock moves (a canceled fulfilment's stock and reservations back, a return restocked);
 * compensation applies them negated.
 */
export const applyStockMovesStep = createStep(
  applyStockMovesStepId,
  async (moves: StockMove[], { container }) => {
    if (moves.length) await container.resolve("inventory").applyStockMoves(moves);
    return new StepResponse(moves.length, moves);
  },
  async (moves, { container }) => {
    if (moves.length) await container.resolve("inventory").applyStockMoves(negate(moves));
  },
);
