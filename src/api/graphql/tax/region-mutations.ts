import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { fields } from "../../../framework/graphql/inputs.ts";
import { recordMutations } from "../../../framework/graphql/record-mutations.ts";
import { metadataInput, zodId } from "../../../framework/graphql/zod-input.ts";
import { moneyFields } from "../../../framework/money/index.ts";
import { Modules } from "../../../modules/index.ts";
import { TaxRegionRef } from "../../../modules/tax/graphql/types.ts";
import {
  createTaxRegionsWorkflow,
  deleteTaxRegionsWorkflow,
  updateTaxRegionsWorkflow,
} from "../../../workflows/tax/index.ts";

const defaultRateSchema = z
  .object({
    rate: moneyFields.amount.nullish().describe("A percentage as a decimal string."),
    code: fields.title.describe('The default rate\'s code on tax lines ("VAT").'),
    name: fields.title.describe("The default rate's name."),
    isCombinable: z
      .boolean()
      .nullish()
      .describe("Whether it adds to the parent region's rate instead of replacing it."),
  })
  .meta({ graphql: { inputName: "DefaultTaxRateInput" } });
const providerId = z.string().min(1).nullish().describe("A registered tax provider; default tp_system.");
const createSchema = z.object({
  countryCode: moneyFields.countryCode.describe("The ISO 3166-1 alpha-2 country the region covers."),
  provinceCode: z
    .string()
    .trim()
    .min(1)
    .nullish()
    .describe("Makes a province region under the country's region (which must exist)."),
  parentId: zodId().nullish().describe("The country's tax region, for a province's region."),
  providerId,
  defaultTaxRate: defaultRateSchema
    .nullish()
    .describe("The region's default rate; a country region without one taxes nothing."),
  metadata: metadataInput(),
});
const updateSchema = z.object({
  id: zodId().describe("The tax region to update."),
  providerId,
  metadata: metadataInput(),
});

recordMutations("TaxRegion", {
  ref: TaxRegionRef,
  access: access.admin,
  batch: "tax_regions",
  hooks: true,
  retrieve: (ctx, id) => ctx.scope.resolve(Modules.TAX).retrieveTaxRegion(id),
  create: {
    description:
      "Creates a tax region for a country or a province; a second region for the same place is a DUPLICATE userError.",
    schema: createSchema,
    workflow: createTaxRegionsWorkflow,
    row: ({ defaultTaxRate: rate, ...input }) => ({
      country_code: input.countryCode,
      province_code: input.provinceCode ?? null,
      parent_id: input.parentId ?? null,
      provider_id: input.providerId ?? null,
      metadata: input.metadata ?? null,
      ...(rate
        ? {
            default_tax_rate: {
              rate: rate.rate ?? null,
              code: rate.code,
              name: rate.name,
              is_combinable: rate.isCombinable ?? false,
            },
          }
        : {}),
    }),
  },
  update: {
    description: "Changes a tax region's provider or metadata.",
    schema: updateSchema,
    workflow: updateTaxRegionsWorkflow,
  },
  delete: {
    description: "Soft-deletes a tax region with its province regions and rates.",
    workflow: deleteTaxRegionsWorkflow,
  },
});
