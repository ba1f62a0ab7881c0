import { access } from "../../../framework/graphql/auth-scopes.ts";
import { z } from "zod";
import { builder } from "../../../framework/graphql/builder.ts";
import { definedOnly, fields, parseInput } from "../../../framework/graphql/inputs.ts";
import { DeletePayload, payloadType } from "../../../framework/graphql/payloads.ts";
import { IdempotentDeleteInput, runMutationWorkflow } from "../../../framework/graphql/run-workflow.ts";
import { additionalData, workflowFields } from "../../../framework/graphql/workflow-inputs.ts";
import { singleOfBatch } from "../../../framework/graphql/single-of-batch.ts";
import { withUserErrors } from "../../../framework/graphql/user-errors.ts";
import { moneyFields } from "../../../framework/money/index.ts";
import {
  createTaxRegionsWorkflow,
  deleteTaxRegionsWorkflow,
  updateTaxRegionsWorkflow,
} from "../../../workflows/tax/index.ts";
import { TaxRegionRef } from "../../../modules/tax/graphql/types.ts";
import { Modules } from "../../../modules/index.ts";

const defaultRateSchema = z.object({
  rate: moneyFields.amount.nullish(),
  code: fields.title,
  name: fields.title,
  isCombinable: z.boolean().nullish(),
});
const createSchema = z.object({
  countryCode: moneyFields.countryCode,
  provinceCode: z.string().trim().min(1).nullish(),
  parentId: z.string().min(1).nullish(),
  providerId: z.string().min(1).nullish(),
  defaultTaxRate: defaultRateSchema.nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
});
const updateSchema = z.object({
  id: z.string().min(1),
  providerId: z.string().min(1).nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
});

const DefaultTaxRateInput = builder.inputType("DefaultTaxRateInput", {
  fields: (t) => ({
    rate: t.string({ description: "A percentage as a decimal string." }),
    code: t.string({ required: true }),
    name: t.string({ required: true }),
    isCombinable: t.boolean(),
  }),
});
const CreateTaxRegionInput = builder.inputType("CreateTaxRegionInput", {
  fields: (t) => ({
    countryCode: t.string({ required: true }),
    provinceCode: t.string({ description: "Makes a province region under the country's region (which must exist)." }),
    parentId: t.id(),
    providerId: t.string({ description: "A registered tax provider; default tp_system." }),
    defaultTaxRate: t.field({ type: DefaultTaxRateInput }),
    metadata: t.field({ type: "JSON" }),
    ...workflowFields(t),
  }),
});
const UpdateTaxRegionInput = builder.inputType("UpdateTaxRegionInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    providerId: t.string(),
    metadata: t.field({ type: "JSON" }),
    ...workflowFields(t),
  }),
});
const TaxRegionPayload = payloadType("TaxRegionPayload", "taxRegion", TaxRegionRef);

builder.mutationFields((t) => ({
  createTaxRegion: t.field({
    authScopes: access.admin,
    type: TaxRegionPayload,
    description:
      "Creates a tax region for a country or a province; a second region for the same place is a DUPLICATE userError.",
    args: { input: t.arg({ type: CreateTaxRegionInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(createSchema, args.input);
        const rate = input.defaultTaxRate;
        const [created] = await singleOfBatch(() =>
          runMutationWorkflow(
            createTaxRegionsWorkflow,
            ctx.scope,
            {
              additional_data: additionalData(args.input.additionalData),
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
            },
            args.input.idempotencyKey,
          ),
        );
        return { taxRegion: await ctx.scope.resolve(Modules.TAX).retrieveTaxRegion(created?.id ?? "") };
      }),
  }),
  updateTaxRegion: t.field({
    authScopes: access.admin,
    type: TaxRegionPayload,
    args: { input: t.arg({ type: UpdateTaxRegionInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(updateSchema, args.input);
        await runMutationWorkflow(
          updateTaxRegionsWorkflow,
          ctx.scope,
          {
            additional_data: additionalData(args.input.additionalData),
            tax_regions: [
              {
                id: input.id,
                ...definedOnly({ provider_id: input.providerId, metadata: input.metadata as object | undefined }),
              },
            ],
          },
          args.input.idempotencyKey,
        );
        return { taxRegion: await ctx.scope.resolve(Modules.TAX).retrieveTaxRegion(input.id) };
      }),
  }),
  deleteTaxRegion: t.field({
    authScopes: access.admin,
    type: DeletePayload,
    description: "Soft-deletes a tax region with its province regions and rates.",
    args: { input: t.arg({ type: IdempotentDeleteInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        await runMutationWorkflow(
          deleteTaxRegionsWorkflow,
          ctx.scope,
          { ids: [args.input.id] },
          args.input.idempotencyKey,
        );
        return { deletedId: args.input.id };
      }),
  }),
}));
