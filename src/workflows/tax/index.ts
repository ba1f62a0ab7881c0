import { TaxEvents } from "../../modules/tax/events.ts";
import { deleteWorkflow, rowsWorkflow } from "../common/rows-workflows.ts";
import * as rates from "./steps/tax-rates.ts";
import * as regions from "./steps/tax-regions.ts";

// The tax module's core flows: every tax mutation runs one of these.

/** Creates tax regions with their default rates; hook `taxRegionsCreated` receives `{ tax_regions, additional_data }`. */
export const createTaxRegionsWorkflow = rowsWorkflow(
  "create-tax-regions",
  "tax_regions",
  "taxRegionsCreated",
  regions.createTaxRegionsStep,
  TaxEvents.TAX_REGION_CREATED,
);
/** Updates tax regions; hook `taxRegionsUpdated`; a failing hook writes the old values back. */
export const updateTaxRegionsWorkflow = rowsWorkflow(
  "update-tax-regions",
  "tax_regions",
  "taxRegionsUpdated",
  regions.updateTaxRegionsStep,
  TaxEvents.TAX_REGION_UPDATED,
);
/** Soft-deletes tax regions with their province regions and rates; hook `taxRegionsDeleted` receives `{ ids }`. */
export const deleteTaxRegionsWorkflow = deleteWorkflow(
  "delete-tax-regions",
  "taxRegionsDeleted",
  regions.deleteTaxRegionsStep,
  TaxEvents.TAX_REGION_DELETED,
);
/** Creates rates with their rules; hook `taxRatesCreated` receives `{ tax_rates, additional_data }`. */
export const createTaxRatesWorkflow = rowsWorkflow(
  "create-tax-rates",
  "tax_rates",
  "taxRatesCreated",
  rates.createTaxRatesStep,
  TaxEvents.TAX_RATE_CREATED,
);
/** Updates rates; hook `taxRatesUpdated`; a failing hook writes the old fields and rules back. */
export const updateTaxRatesWorkflow = rowsWorkflow(
  "update-tax-rates",
  "tax_rates",
  "taxRatesUpdated",
  rates.updateTaxRatesStep,
  TaxEvents.TAX_RATE_UPDATED,
);
/** Soft-deletes rates; hook `taxRatesDeleted` receives `{ ids }`. */
export const deleteTaxRatesWorkflow = deleteWorkflow(
  "delete-tax-rates",
  "taxRatesDeleted",
  rates.deleteTaxRatesStep,
  TaxEvents.TAX_RATE_DELETED,
);
