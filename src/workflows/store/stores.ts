import type { EventMessage } from "../../framework/events/types.ts";
import { createHook, createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { StoreEvents } from "../../modules/store/events.ts";
import type { StoreInput, StoreUpdate } from "../../modules/store/service.ts";
import { deleteWorkflow, type AdditionalData } from "../common/rows-workflows.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { validateCurrenciesStep } from "../common/steps/validate-currencies.ts";
import { createStoresStep, deleteStoresStep, updateStoresStep } from "./steps/stores.ts";

/** Every currency a store input names: supported ones and the default. */
const currenciesOf = (stores: Partial<StoreInput>[]) => ({
  codes: stores.flatMap((s) => [
    ...(s.supported_currency_codes ?? []),
    ...(s.default_currency_code ? [s.default_currency_code] : []),
  ]),
  field: ["supportedCurrencyCodes"],
});
const events = (name: string, rows: { id: string }[]) => rows.map((r): EventMessage => ({ name, data: { id: r.id } }));

/**
 * Creates stores after the currency module knows all their currencies. Hook `storesCreated`
 * receives `{ stores, additional_data }`; if it throws, the stores are deleted again.
 */
export const createStoresWorkflow = createWorkflow(
  "create-stores",
  (input: { stores: StoreInput[]; additional_data?: AdditionalData }) => {
    validateCurrenciesStep(transform({ input }, ({ input: i }) => currenciesOf(i.stores)));
    const stores = createStoresStep(input.stores);
    const created = createHook("storesCreated", { stores, additional_data: input.additional_data });
    emitEventStep(transform({ stores }, ({ stores: rows }) => events(StoreEvents.STORE_CREATED, rows)));
    return new WorkflowResponse(stores, { hooks: [created] });
  },
);

/** Updates stores; hook `storesUpdated` receives `{ stores, additional_data }`; a failing hook writes the old values back. */
export const updateStoresWorkflow = createWorkflow(
  "update-stores",
  (input: { stores: StoreUpdate[]; additional_data?: AdditionalData }) => {
    validateCurrenciesStep(transform({ input }, ({ input: i }) => currenciesOf(i.stores)));
    const stores = updateStoresStep(input.stores);
    const updated = createHook("storesUpdated", { stores, additional_data: input.additional_data });
    emitEventStep(transform({ stores }, ({ stores: rows }) => events(StoreEvents.STORE_UPDATED, rows)));
    return new WorkflowResponse(stores, { hooks: [updated] });
  },
);

/** Soft-deletes stores; hook `storesDeleted` receives `{ ids }`; a failing hook restores them. */
export const deleteStoresWorkflow = deleteWorkflow(
  "delete-stores",
  "storesDeleted",
  deleteStoresStep,
  StoreEvents.STORE_DELETED,
);
