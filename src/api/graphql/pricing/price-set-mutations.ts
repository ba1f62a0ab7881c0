import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import { payloadType } from "../../../framework/graphql/payloads.ts";
import { deleteMutation, workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { zodId } from "../../../framework/graphql/zod-input.ts";
import { Modules } from "../../../modules/index.ts";
import { PriceSetRef } from "../../../modules/pricing/graphql/types.ts";
import {
  createPriceSetsWorkflow,
  deletePriceSetsWorkflow,
  updatePriceSetsWorkflow,
} from "../../../workflows/pricing/price-sets.ts";
import { priceSchema, toPriceInput } from "./price-inputs.ts";

const PriceSetPayload = payloadType("PriceSetPayload", "priceSet", PriceSetRef);
// Re-read: a replayed key answers from the stored execution, whose rows went through JSON.
const retrieve = (ctx: GraphQLContext, id: string) => ctx.scope.resolve(Modules.PRICING).retrievePriceSet(id);

workflowMutation("createPriceSet", {
  access: access.admin,
  description: "Creates a price set with its prices; an unknown currency or a negative amount is a userError.",
  input: {
    name: "CreatePriceSetInput",
    schema: z.object({ prices: z.array(priceSchema).describe("The set's prices.") }),
  },
  hooks: true,
  workflow: createPriceSetsWorkflow,
  workflowInput: (input) => ({ price_sets: [{ prices: input.prices.map(toPriceInput) }] }),
  payload: PriceSetPayload,
  result: async ([created], _input, ctx) => ({ priceSet: await retrieve(ctx, created?.id ?? "") }),
});

workflowMutation("updatePriceSet", {
  access: access.admin,
  description: "Replaces a price set's default prices.",
  input: {
    name: "UpdatePriceSetInput",
    schema: z.object({
      id: zodId().describe("The price set to update (pset_…)."),
      prices: z.array(priceSchema).describe("Replaces the set's default prices."),
    }),
  },
  hooks: true,
  workflow: updatePriceSetsWorkflow,
  workflowInput: (input) => ({ price_sets: [{ id: input.id, prices: input.prices.map(toPriceInput) }] }),
  payload: PriceSetPayload,
  result: async (_output, input, ctx) => ({ priceSet: await retrieve(ctx, input.id) }),
});

deleteMutation("deletePriceSet", {
  access: access.admin,
  description: "Soft-deletes a price set with its prices.",
  workflow: deletePriceSetsWorkflow,
});
