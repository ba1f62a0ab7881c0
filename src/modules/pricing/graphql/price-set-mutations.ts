import { access } from "../../../framework/graphql/auth-scopes.ts";
import { z } from "zod";
import { builder } from "../../../framework/graphql/builder.ts";
import { parseInput } from "../../../framework/graphql/inputs.ts";
import { DeleteInput, DeletePayload, payloadType } from "../../../framework/graphql/payloads.ts";
import { singleOfBatch } from "../../../framework/graphql/single-of-batch.ts";
import { withUserErrors } from "../../../framework/graphql/user-errors.ts";
import { PriceInputType, priceSchema, toPriceInput } from "./price-inputs.ts";
import { PriceSetRef } from "./types.ts";

const createSchema = z.object({ prices: z.array(priceSchema) });
const updateSchema = z.object({ id: z.string().min(1), prices: z.array(priceSchema) });

const CreatePriceSetInput = builder.inputType("CreatePriceSetInput", {
  fields: (t) => ({ prices: t.field({ type: [PriceInputType], required: true }) }),
});
const UpdatePriceSetInput = builder.inputType("UpdatePriceSetInput", {
  fields: (t) => ({ id: t.id({ required: true }), prices: t.field({ type: [PriceInputType], required: true, description: "Replaces the set's default prices." }) }),
});
const PriceSetPayload = payloadType("PriceSetPayload", "priceSet", PriceSetRef);

builder.mutationFields((t) => ({
  createPriceSet: t.field({
    authScopes: access.admin,
    type: PriceSetPayload,
    description: "Creates a price set with its prices; an unknown currency or a negative amount is a userError.",
    args: { input: t.arg({ type: CreatePriceSetInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const input = parseInput(createSchema, args.input);
      await ctx.scope.resolve("currency").assertCurrencies(input.prices.map((p) => p.currencyCode), ["prices"]);
      const [priceSet] = await singleOfBatch(() => ctx.scope.resolve("pricing").createPriceSetsWithPrices([{ prices: input.prices.map(toPriceInput) }]));
      return { priceSet };
    }),
  }),
  updatePriceSet: t.field({
    authScopes: access.admin,
    type: PriceSetPayload,
    args: { input: t.arg({ type: UpdatePriceSetInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const input = parseInput(updateSchema, args.input);
      await ctx.scope.resolve("currency").assertCurrencies(input.prices.map((p) => p.currencyCode), ["prices"]);
      return { priceSet: await ctx.scope.resolve("pricing").setPriceSetPrices(input.id, input.prices.map(toPriceInput)) };
    }),
  }),
  deletePriceSet: t.field({
    authScopes: access.admin,
    type: DeletePayload,
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const service = ctx.scope.resolve("pricing");
      await service.retrievePriceSet(args.input.id);
      await service.softDeletePriceSets([args.input.id]);
      return { deletedId: args.input.id };
    }),
  }),
}));
