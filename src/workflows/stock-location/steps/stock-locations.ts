import type { StockLocationInput } from "../../../modules/stock-location/service.ts";
import { columnsOf, each, moduleRowSteps } from "../../common/steps/module-rows.ts";

const { createRowsStep, updateRowsStep, softDeleteRowsStep } = moduleRowSteps("stockLocation");

/** A location update: given columns change; `address` replaces the address (null removes it). */
export type StockLocationUpdate = Partial<StockLocationInput> & { id: string };

export const createStockLocationsStepId = "create-stock-locations";
/** Creates locations with their addresses; compensation deletes both. */
export const createStockLocationsStep = createRowsStep(
  createStockLocationsStepId,
  (s, input: StockLocationInput[]) => s.createLocationsWithAddress(input),
  async (s, ids) => {
    const rows = await s.listStockLocations({ id: ids });
    await s.deleteStockLocations(ids);
    const addresses = rows.flatMap((r) => (r.address_id ? [r.address_id] : []));
    if (addresses.length) await s.deleteStockLocationAddresses(addresses);
  },
);

export const updateStockLocationsStepId = "update-stock-locations";
/** Updates locations; compensation writes back their name, metadata and address. */
export const updateStockLocationsStep = updateRowsStep(updateStockLocationsStepId, {
  snapshot: (s, ids) => each(ids, (id) => s.retrieveStockLocation(id, { relations: ["address"] })),
  update: (s, input: StockLocationUpdate[]) => each(input, (data) => s.updateLocationWithAddress(data)),
  restore: (s, previous) =>
    each(previous, (location) => {
      const address = location.address
        ? {
            ...columnsOf(location.address),
            address_1: location.address.address_1,
            country_code: location.address.country_code,
          }
        : null;
      return s.updateLocationWithAddress({
        id: location.id,
        name: location.name,
        metadata: location.metadata,
        address,
      });
    }),
});

export const deleteStockLocationsStepId = "delete-stock-locations";
/** Soft-deletes locations; compensation restores them. */
export const deleteStockLocationsStep = softDeleteRowsStep(deleteStockLocationsStepId, {
  retrieve: (s, id) => s.retrieveStockLocation(id),
  softDelete: (s, ids) => s.softDeleteStockLocations(ids),
  restore: (s, ids) => s.restoreStockLocations(ids),
});
