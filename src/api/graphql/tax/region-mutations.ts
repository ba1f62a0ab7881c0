import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import { columnsOf, fields } from "../../../framework/graphql/inputs.ts";
import { payloadType } from "../../../framework/graphql/payloads.ts";
import { deleteMutation, workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { zodId, zodJson } from "../../../framework/graphql/zod-input.ts";
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
    code: fields.title,
    name: fields.title,
    isCombinable: z.boolean().nullish(),
  })
  .meta({ graphql: { inputName: "DefaultTaxRateInput" } });
const providerId = z.string().min(1).nullish().describe("A registered tax provider; default tp_system.");
const createSchema = z.object({
  countryCode: moneyFields.countryCode,
  provinceCode: z
    .string()
    .trim()
    .min(1)
    .nullish()
    .describe("Makes a province region under the country's region (which must exist)."),
  parentId: zodId().nullish(),
  providerId,
  defaultTaxRate: defaultRateSchema.nullish(),
  metadata: zodJson().nullish(),
});
const updateSchema = z.object({ id: zodId(), providerId, metadata: zodJson().nullish() });

const TaxRegionPayload = payloadType("TaxRegionPayload", "taxRegion", TaxRegionRef);
const retrieve = (ctx: GraphQLContext, id: string) => ctx.scope.resolve(Modules.TAX).retrieveTaxRegion(id);

workflowMutation("createTaxRegion", {
  access: access.admin,
  description:
    "Creates a tax region for a country or a province; a second region for the same place is a DUPLICATE userError.",
  input: { name: "CreateTaxRegionInput", schema: createSchema },
  hooks: true,
  workflow: createTaxRegionsWorkflow,
  workflowInput: ({ defaultTaxRate: rate, ...input }) => ({
    tax_regions: [
      {
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
      },
    ],
  }),
  payload: TaxRegionPayload,
  result: async ([created], _input, ctx) => ({ taxRegion: await retrieve(ctx, created?.id ?? "") }),
});

workflowMutation("updateTaxRegion", {
  access: access.admin,
  description: "Changes a tax region's provider or metadata.",
  input: { name: "UpdateTaxRegionInput", schema: updateSchema },
  hooks: true,
  workflow: updateTaxRegionsWorkflow,
  workflowInput: (input) => ({ tax_regions: [columnsOf(input)] }),
  payload: TaxRegionPayload,
  result: async (_output, input, ctx) => ({ taxRegion: await retrieve(ctx, input.id) }),
});

deleteMutation("deleteTaxRegion", {
  access: access.admin,
  description: "Soft-deletes a tax region with its province regions and rates.",
  workflow: deleteTaxRegionsWorkflow,
});
