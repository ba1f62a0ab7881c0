import { PricingEvents } from "../../modules/pricing/events.ts";
import { deleteWorkflow, rowsWorkflow } from "../product/rows-workflows.ts";
import { createPriceSetsStep } from "./steps/create-price-sets.ts";
import { deletePriceSetsStep } from "./steps/delete-pricing-rows.ts";
import { updatePriceSetsStep } from "./steps/update-price-sets.ts";

/**
 * Creates price sets with their prices and emits `price-set.created`. Hook `priceSetsCreated`
 * receives `{ price_sets, additional_data }`; if it throws, the sets are deleted again.
 * @example await createPriceSetsWorkflow(container).run({ input: { price_sets: [{ prices: [{ amount: "10", currency_code: "eur" }] }] } })
 */
export const createPriceSetsWorkflow = rowsWorkflow(
  "create-price-sets",
  "price_sets",
  "priceSetsCreated",
  createPriceSetsStep,
  PricingEvents.PRICE_SET_CREATED,
);

/** Replaces price sets' default prices and emits `price-set.updated`; hook `priceSetsUpdated` (a throw puts the old prices back). */
export const updatePriceSetsWorkflow = rowsWorkflow(
  "update-price-sets",
  "price_sets",
  "priceSetsUpdated",
  updatePriceSetsStep,
  PricingEvents.PRICE_SET_UPDATED,
);

/** Soft-deletes price sets with their prices and emits `price-set.deleted`; hook `priceSetsDeleted` receives `{ ids }`. */
export const deletePriceSetsWorkflow = deleteWorkflow(
  "delete-price-sets",
  "priceSetsDeleted",
  deletePriceSetsStep,
  PricingEvents.PRICE_SET_DELETED,
);
