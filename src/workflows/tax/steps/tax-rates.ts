import type { TaxRateInput } from "../../../modules/tax/service.ts";
import { each, moduleRowSteps } from "../../common/steps/module-rows.ts";

const { createRowsStep, updateRowsStep, softDeleteRowsStep } = moduleRowSteps("tax");

/** A rate update: given fields change, `rules` replace the rate's rules. */
export type TaxRateUpdate = Partial<Omit<TaxRateInput, "tax_region_id">> & { id: string };

export const createTaxRatesStepId = "create-tax-rates";
/** Creates rates with their rules (0–100, one default per region); compensation deletes them. */
export const createTaxRatesStep = createRowsStep(
  createTaxRatesStepId,
  (s, input: TaxRateInput[]) => s.createTaxRatesWithRules(input),
  (s, ids) => s.deleteTaxRates(ids),
);

export const updateTaxRatesStepId = "update-tax-rates";
/** Updates rates (rules replace theirs); compensation writes back their fields and rules. */
export const updateTaxRatesStep = updateRowsStep(updateTaxRatesStepId, {
  snapshot: (s, ids) =>
    each(ids, async (id): Promise<TaxRateUpdate> => {
      const r = await s.retrieveTaxRate(id, { relations: ["rules"] });
      return {
        id,
        code: r.code,
        name: r.name,
        rate: r.rate === null ? null : String(r.rate),
        is_default: r.is_default,
        is_combinable: r.is_combinable,
        rules: (r.rules ?? []).map((rule) => ({
          reference: rule.reference as NonNullable<TaxRateInput["rules"]>[number]["reference"],
          reference_id: rule.reference_id,
        })),
        ...(r.metadata ? { metadata: r.metadata as Record<string, unknown> } : {}),
      };
    }),
  update: (s, input: TaxRateUpdate[]) => each(input, (data) => s.updateTaxRateWithRules(data)),
  restore: (s, previous) => each(previous, (data) => s.updateTaxRateWithRules(data)),
});

export const deleteTaxRatesStepId = "delete-tax-rates";
/** Soft-deletes rates with their rules; compensation restores them. */
export const deleteTaxRatesStep = softDeleteRowsStep(deleteTaxRatesStepId, {
  retrieve: (s, id) => s.retrieveTaxRate(id),
  softDelete: (s, ids) => s.softDeleteTaxRates(ids),
  restore: (s, ids) => s.restoreTaxRates(ids),
});
