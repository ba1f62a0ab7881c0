import { PricingEvents } from "../../modules/pricing/events.ts";
import { deleteWorkflow, rowsWorkflow } from "../product/rows-workflows.ts";
import { createPriceListsStep } from "./steps/create-price-lists.ts";
import { deletePriceListsStep } from "./steps/delete-pricing-rows.ts";
import { updatePriceListsStep } from "./steps/update-price-lists.ts";

/**
 * Creates price lists with their rules and prices and emits `price-list.created`. Hook
 * `priceListsCreated` receives `{ price_lists, additional_data }`; if it throws, the lists are deleted.
 * @example await createPriceListsWorkflow(container).run({ input: { price_lists: [{ title: "Sale", prices: [{ price_set_id, amount: "8", currency_code: "eur" }] }] } })
 */
export const createPriceListsWorkflow = rowsWorkflow(
  "create-price-lists",
  "price_lists",
  "priceListsCreated",
  createPriceListsStep,
  PricingEvents.PRICE_LIST_CREATED,
);

/** Updates price lists and emits `price-list.updated`; hook `priceListsUpdated` (a throw puts columns, rules and prices back). */
export const updatePriceListsWorkflow = rowsWorkflow(
  "update-price-lists",
  "price_lists",
  "priceListsUpdated",
  updatePriceListsStep,
  PricingEvents.PRICE_LIST_UPDATED,
);

/** Soft-deletes price lists with their prices and rules and emits `price-list.deleted`; hook `priceListsDeleted` receives `{ ids }`. */
export const deletePriceListsWorkflow = deleteWorkflow(
  "delete-price-lists",
  "priceListsDeleted",
  deletePriceListsStep,
  PricingEvents.PRICE_LIST_DELETED,
);
