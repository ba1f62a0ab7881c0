// The inventory module's core flows: every inventory mutation runs one of these.
export {
  createInventoryItemsWorkflow,
  updateInventoryItemsWorkflow,
  deleteInventoryItemsWorkflow,
} from "./inventory-items.ts";
export {
  createInventoryLevelsWorkflow,
  updateInventoryLevelsWorkflow,
  deleteInventoryLevelsWorkflow,
} from "./inventory-levels.ts";
export { createReservationsWorkflow, updateReservationsWorkflow, deleteReservationsWorkflow } from "./reservations.ts";
export { adjustInventoryLevelsWorkflow } from "./adjust-inventory-levels.ts";
