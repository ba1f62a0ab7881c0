import { StockLocationEvents } from "../../modules/stock-location/events.ts";
import { deleteWorkflow, rowsWorkflow } from "../common/rows-workflows.ts";
import * as steps from "./steps/stock-locations.ts";

// The stock-location module's core flows: every stock-location mutation runs one of these.

/** Creates locations with their addresses; hook `stockLocationsCreated` receives `{ stock_locations, additional_data }`. */
export const createStockLocationsWorkflow = rowsWorkflow(
  "create-stock-locations",
  "stock_locations",
  "stockLocationsCreated",
  steps.createStockLocationsStep,
  StockLocationEvents.STOCK_LOCATION_CREATED,
);
/** Updates locations; hook `stockLocationsUpdated`; a failing hook writes the old values back. */
export const updateStockLocationsWorkflow = rowsWorkflow(
  "update-stock-locations",
  "stock_locations",
  "stockLocationsUpdated",
  steps.updateStockLocationsStep,
  StockLocationEvents.STOCK_LOCATION_UPDATED,
);
/** Soft-deletes locations; hook `stockLocationsDeleted` receives `{ ids }`. */
export const deleteStockLocationsWorkflow = deleteWorkflow(
  "delete-stock-locations",
  "stockLocationsDeleted",
  steps.deleteStockLocationsStep,
  StockLocationEvents.STOCK_LOCATION_DELETED,
);
