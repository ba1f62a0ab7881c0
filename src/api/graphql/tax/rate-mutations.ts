import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { fields } from "../../../framework/graphql/inputs.ts";
import { recordMutations } from "../../../framework/graphql/record-mutations.ts";
import { metadataInput, zodId } from "../../../framework/graphql/zod-input.ts";
import { Modules } from "../../../modules/index.ts";
import { TaxRateRef } from "../../../modules/tax/graphql/types.ts";
import { ruleReferences } from "../../../modules/tax/service.ts";
import {
  createTaxRatesWorkflow,
  deleteTaxRatesWorkflow,
  updateTaxRatesWorkflow,
} from "../../../workflows/tax/index.ts";

const TaxRuleReference = builder.enumType("TaxRuleReference", {
  values: {
    PRODUCT: { value: "product" },
    PRODUCT_TYPE: { value: "product_type" },
    SHIPPING_OPTION: { value: "shipping_option" },
  } as const,
});
const ruleSchema = z
  .object({
    reference: z
      .enum(ruleReferences)
      .meta({ graphql: TaxRuleReference })
      .describe("What kind of record the rule names."),
    referenceId: zodId().describe("The product, product type or shipping option."),
  })
  .meta({ graphql: { inputName: "TaxRateRuleInput" } });
// Rates are checked as decimals by the service (0 to 100), so a negative one is a userError there.
const rateFields = {
  code: fields.title.nullish().describe('The rate\'s code on tax lines ("VAT").'),
  name: fields.title.nullish().describe("The rate's name."),
  rate: z.string().trim().nullish().describe('The percentage as a decimal string ("20" for 20 %).'),
  isDefault: z.boolean().nullish().describe("Whether it is the region's default rate."),
  isCombinable: z.boolean().nullish().describe("Whether it adds to the parent region's rate instead of replacing it."),
  rules: z
    .array(ruleSchema)
    .nullish()
    .describe("Products, product types or shipping options the rate is limited to; none: all."),
  metadata: metadataInput(),
};
const createSchema = z.object({
  taxRegionId: zodId().describe("The tax region the rate belongs to."),
  ...rateFields,
  code: fields.title.describe('The rate\'s code on tax lines ("VAT").'),
  name: fields.title.describe("The rate's name."),
  rate: rateFields.rate.describe("A percentage as a decimal string, 0 to 100."),
  rules: rateFields.rules.describe("The rate applies to these products, product types or shipping options."),
});
const updateSchema = z.object({
  id: zodId().describe("The tax rate to update."),
  ...rateFields,
  rules: rateFields.rules.describe("Replaces the rate's rules."),
});

const toRules = (rules: z.output<typeof ruleSchema>[]) =>
  rules.map((r) => ({ reference: r.reference, reference_id: r.referenceId }));

recordMutations("TaxRate", {
  ref: TaxRateRef,
  access: access.admin,
  batch: "tax_rates",
  hooks: true,
  retrieve: (ctx, id) => ctx.scope.resolve(Modules.TAX).retrieveTaxRate(id),
  create: {
    description: "Creates a tax rate in a tax region, optionally only for some products, types or shipping options.",
    schema: createSchema,
    workflow: createTaxRatesWorkflow,
    convert: { rules: toRules },
    defaults: { rate: null, is_default: false, is_combinable: false, rules: [], metadata: null },
  },
  update: {
    description: "Updates a tax rate; given rules replace its rules.",
    schema: updateSchema,
    workflow: updateTaxRatesWorkflow,
    convert: { rules: toRules },
  },
  delete: { description: "Soft-deletes a tax rate.", workflow: deleteTaxRatesWorkflow },
});
