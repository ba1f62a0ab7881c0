import { access } from "../../../framework/graphql/auth-scopes.ts";
import { z } from "zod";
import { builder } from "../../../framework/graphql/builder.ts";
import { parseInput } from "../../../framework/graphql/inputs.ts";
import { DeletePayload, payloadType } from "../../../framework/graphql/payloads.ts";
import { IdempotentDeleteInput, runMutationWorkflow } from "../../../framework/graphql/run-workflow.ts";
import { singleOfBatch } from "../../../framework/graphql/single-of-batch.ts";
import { withUserErrors } from "../../../framework/graphql/user-errors.ts";
import {
  createPriceSetsWorkflow,
  deletePriceSetsWorkflow,
  updatePriceSetsWorkflow,
} from "../../../workflows/pricing/price-sets.ts";
import { PriceInputType, priceSchema, toPriceInput } from "./price-inputs.ts";
import { additionalData, workflowFields } from "../../../framework/graphql/workflow-inputs.ts";
import { PriceSetRef } from "../../../modules/pricing/graphql/types.ts";
import { Modules } from "../../../modules/index.ts";

const createSchema = z.object({ prices: z.array(priceSchema) });
const updateSchema = z.object({ id: z.string().min(1), prices: z.array(priceSchema) });

const CreatePriceSetInput = builder.inputType("CreatePriceSetInput", {
  fields: (t) => ({
    prices: t.field({ type: [PriceInputType], required: true }),
    ...workflowFields(t),
  }),
});
const UpdatePriceSetInput = builder.inputType("UpdatePriceSetInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    prices: t.field({ type: [PriceInputType], required: true, description: "Replaces the set's default prices." }),
    ...workflowFields(t),
  }),
});
const PriceSetPayload = payloadType("PriceSetPayload", "priceSet", PriceSetRef);

builder.mutationFields((t) => ({
  createPriceSet: t.field({
    authScopes: access.admin,
    type: PriceSetPayload,
    description: "Creates a price set with its prices; an unknown currency or a negative amount is a userError.",
    args: { input: t.arg({ type: CreatePriceSetInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(createSchema, args.input);
        const [created] = await singleOfBatch(() =>
          runMutationWorkflow(
            createPriceSetsWorkflow,
            ctx.scope,
            {
              price_sets: [{ prices: input.prices.map(toPriceInput) }],
              additional_data: additionalData(args.input.additionalData),
            },
            args.input.idempotencyKey,
          ),
        );
        // Re-read: a replayed key answers from the stored execution, whose rows went through JSON.
        return { priceSet: await ctx.scope.resolve(Modules.PRICING).retrievePriceSet(created?.id ?? "") };
      }),
  }),
  updatePriceSet: t.field({
    authScopes: access.admin,
    type: PriceSetPayload,
    args: { input: t.arg({ type: UpdatePriceSetInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(updateSchema, args.input);
        await singleOfBatch(() =>
          runMutationWorkflow(
            updatePriceSetsWorkflow,
            ctx.scope,
            {
              price_sets: [{ id: input.id, prices: input.prices.map(toPriceInput) }],
              additional_data: additionalData(args.input.additionalData),
            },
            args.input.idempotencyKey,
          ),
        );
        return { priceSet: await ctx.scope.resolve(Modules.PRICING).retrievePriceSet(input.id) };
      }),
  }),
  deletePriceSet: t.field({
    authScopes: access.admin,
    type: DeletePayload,
    description: "Soft-deletes a price set with its prices.",
    args: { input: t.arg({ type: IdempotentDeleteInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        await runMutationWorkflow(
          deletePriceSetsWorkflow,
          ctx.scope,
          { ids: [args.input.id] },
          args.input.idempotencyKey,
        );
        return { deletedId: args.input.id };
      }),
  }),
}));
