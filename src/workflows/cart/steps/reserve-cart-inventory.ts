import { TesseraError } from "../../../framework/errors/tessera-error.ts";
import type { ReservationInput } from "../../../modules/inventory/service.ts";
import { moduleRowSteps } from "../../common/steps/module-rows.ts";
import { outOfStock } from "../reservation-plan.ts";

const { createRowsStep } = moduleRowSteps("inventory");

export const reserveCartInventoryStepId = "reserve-cart-inventory";
/**
 * Reserves the order's stock with the inventory module's createReservations (the levels are locked
 * FOR UPDATE, so of carts racing for the last units only as many as there are units get them);
 * the loser's refusal is the same typed out-of-stock error the plan gives. Compensation deletes
 * the reservations, giving the units back.
 */
export const reserveCartInventoryStep = createRowsStep(
  reserveCartInventoryStepId,
  async (s, input: ReservationInput[]) => {
    if (!input.length) return [];
    try {
      return await s.createReservations(input);
    } catch (error) {
      if (!TesseraError.is(error) || error.type !== TesseraError.Types.NOT_ALLOWED) throw error;
      const index = Number(error.field?.[0]);
      throw outOfStock(`Variant ${input[index]?.description ?? input[0]?.description ?? ""}`.trim());
    }
  },
  (s, ids) => s.deleteReservations(ids),
);
