import type { StoreInput, StoreUpdate } from "../../../modules/store/service.ts";
import { columnsOf, each, moduleRowSteps } from "../../common/steps/module-rows.ts";

const { createRowsStep, updateRowsStep, softDeleteRowsStep } = moduleRowSteps("store");

export const createStoresStepId = "create-stores";
/** Creates stores with their supported currencies; compensation deletes them. */
export const createStoresStep = createRowsStep(
  createStoresStepId,
  (s, input: StoreInput[]) => s.createStoresWithCurrencies(input),
  (s, ids) => s.deleteStores(ids),
);

export const updateStoresStepId = "update-stores";
/** Updates stores (currencies replace theirs); compensation writes back their columns and currencies. */
export const updateStoresStep = updateRowsStep(updateStoresStepId, {
  snapshot: (s, ids) => each(ids, (id) => s.retrieveStore(id, { relations: ["supported_currencies"] })),
  update: (s, input: StoreUpdate[]) => each(input, (data) => s.updateStoreWithCurrencies(data)),
  restore: (s, previous) =>
    each(previous, (store) =>
      s.updateStoreWithCurrencies({
        id: store.id,
        ...columnsOf(store, ["supported_currencies"]),
        supported_currency_codes: (store.supported_currencies ?? []).map((c) => c.currency_code),
      }),
    ),
});

export const deleteStoresStepId = "delete-stores";
/** Soft-deletes stores with their currencies; compensation restores them. */
export const deleteStoresStep = softDeleteRowsStep(deleteStoresStepId, {
  retrieve: (s, id) => s.retrieveStore(id),
  softDelete: (s, ids) => s.softDeleteStores(ids),
  restore: (s, ids) => s.restoreStores(ids),
});
