import { InventoryEvents } from "../../modules/inventory/events.ts";
import { deleteWorkflow, rowsWorkflow } from "../common/rows-workflows.ts";
import * as steps from "./steps/reservations.ts";

/** Reserves stock under row locks (no overselling); hook `reservationsCreated` receives `{ reservations, additional_data }`. */
export const createReservationsWorkflow = rowsWorkflow(
  "create-reservations",
  "reservations",
  "reservationsCreated",
  steps.createReservationsStep,
  InventoryEvents.RESERVATION_ITEM_CREATED,
);
/** Changes reservations' quantities; hook `reservationsUpdated`; a failing hook sets the old quantities back. */
export const updateReservationsWorkflow = rowsWorkflow(
  "update-reservations",
  "reservations",
  "reservationsUpdated",
  steps.updateReservationsStep,
  InventoryEvents.RESERVATION_ITEM_UPDATED,
);
/** Deletes reservations, releasing their stock; hook `reservationsDeleted` receives `{ ids }`; a failing hook reserves them again. */
export const deleteReservationsWorkflow = deleteWorkflow(
  "delete-reservations",
  "reservationsDeleted",
  steps.deleteReservationsStep,
  InventoryEvents.RESERVATION_ITEM_DELETED,
);
