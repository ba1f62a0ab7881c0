import { access } from "../../../framework/graphql/auth-scopes.ts";
import { z } from "zod";
import { builder } from "../../../framework/graphql/builder.ts";
import { definedOnly, fields, parseInput } from "../../../framework/graphql/inputs.ts";
import { DeletePayload, payloadType } from "../../../framework/graphql/payloads.ts";
import { IdempotentDeleteInput, runMutationWorkflow } from "../../../framework/graphql/run-workflow.ts";
import { additionalData, workflowFields } from "../../../framework/graphql/workflow-inputs.ts";
import { withUserErrors } from "../../../framework/graphql/user-errors.ts";
import { moneyFields } from "../../../framework/money/index.ts";
import {
  createRegionsWorkflow,
  deleteRegionsWorkflow,
  updateRegionsWorkflow,
} from "../../../workflows/region/index.ts";
import { RegionRef } from "../../../modules/region/graphql/types.ts";
import { Modules } from "../../../modules/index.ts";

const shared = {
  countries: z.array(moneyFields.countryCode).nullish(),
  automaticTaxes: z.boolean().nullish(),
  isTaxInclusive: z.boolean().nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
};
const createSchema = z.object({ name: fields.title, currencyCode: moneyFields.currencyCode, ...shared });
const updateSchema = z.object({
  id: z.string().min(1),
  name: fields.title.nullish(),
  currencyCode: moneyFields.currencyCode.nullish(),
  ...shared,
});

const CreateRegionInput = builder.inputType("CreateRegionInput", {
  fields: (t) => ({
    name: t.string({ required: true }),
    currencyCode: t.string({ required: true }),
    countries: t.stringList({ description: "ISO 3166-1 alpha-2 codes; a country belongs to at most one region." }),
    automaticTaxes: t.boolean(),
    isTaxInclusive: t.boolean({ description: "Prices in this region include taxes (stored as a pricing preference)." }),
    metadata: t.field({ type: "JSON" }),
    ...workflowFields(t),
  }),
});
const UpdateRegionInput = builder.inputType("UpdateRegionInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string(),
    currencyCode: t.string(),
    countries: t.stringList({ description: "Replaces the region's countries." }),
    automaticTaxes: t.boolean(),
    isTaxInclusive: t.boolean(),
    metadata: t.field({ type: "JSON" }),
    ...workflowFields(t),
  }),
});
const RegionPayload = payloadType("RegionPayload", "region", RegionRef);

const columns = (input: Omit<z.infer<typeof updateSchema>, "id">) =>
  definedOnly({
    name: input.name,
    currency_code: input.currencyCode,
    automatic_taxes: input.automaticTaxes,
    metadata: input.metadata as object | undefined,
  });

builder.mutationFields((t) => ({
  createRegion: t.field({
    authScopes: access.admin,
    type: RegionPayload,
    description: "Creates a region; an unknown currency or a country already in a region is a userError.",
    args: { input: t.arg({ type: CreateRegionInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(createSchema, args.input);
        const [created] = await runMutationWorkflow(
          createRegionsWorkflow,
          ctx.scope,
          {
            additional_data: additionalData(args.input.additionalData),
            regions: [
              {
                ...columns(input),
                name: input.name,
                currency_code: input.currencyCode,
                countries: input.countries ?? [],
                ...definedOnly({ is_tax_inclusive: input.isTaxInclusive }),
              },
            ],
          },
          args.input.idempotencyKey,
        );
        return {
          region: await ctx.scope
            .resolve(Modules.REGION)
            .retrieveRegion(created?.id ?? "", { relations: ["countries"] }),
        };
      }),
  }),
  updateRegion: t.field({
    authScopes: access.admin,
    type: RegionPayload,
    args: { input: t.arg({ type: UpdateRegionInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(updateSchema, args.input);
        await runMutationWorkflow(
          updateRegionsWorkflow,
          ctx.scope,
          {
            additional_data: additionalData(args.input.additionalData),
            regions: [
              {
                id: input.id,
                ...columns(input),
                ...definedOnly({ countries: input.countries, is_tax_inclusive: input.isTaxInclusive }),
              },
            ],
          },
          args.input.idempotencyKey,
        );
        return {
          region: await ctx.scope.resolve(Modules.REGION).retrieveRegion(input.id, { relations: ["countries"] }),
        };
      }),
  }),
  deleteRegion: t.field({
    authScopes: access.admin,
    type: DeletePayload,
    description: "Soft-deletes a region; its countries become free for other regions.",
    args: { input: t.arg({ type: IdempotentDeleteInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        await runMutationWorkflow(
          deleteRegionsWorkflow,
          ctx.scope,
          { ids: [args.input.id] },
          args.input.idempotencyKey,
        );
        return { deletedId: args.input.id };
      }),
  }),
}));
