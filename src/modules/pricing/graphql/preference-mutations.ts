import { access } from "../../../framework/graphql/auth-scopes.ts";
import { z } from "zod";
import { builder } from "../../../framework/graphql/builder.ts";
import { parseInput } from "../../../framework/graphql/inputs.ts";
import { DeleteInput, DeletePayload, payloadType } from "../../../framework/graphql/payloads.ts";
import { withUserErrors } from "../../../framework/graphql/user-errors.ts";
import { PricePreferenceRef } from "./types.ts";

const PricePreferenceAttribute = builder.enumType("PricePreferenceAttribute", {
  values: { CURRENCY_CODE: { value: "currency_code" }, REGION_ID: { value: "region_id" } } as const,
});
const schema = z.object({ attribute: z.enum(["currency_code", "region_id"]), value: z.string().trim().min(1, "must not be empty"), isTaxInclusive: z.boolean() });

const SetPricePreferenceInput = builder.inputType("SetPricePreferenceInput", {
  description: "Whether prices of a currency or a region include taxes; region preferences win for region prices.",
  fields: (t) => ({ attribute: t.field({ type: PricePreferenceAttribute, required: true }), value: t.string({ required: true }), isTaxInclusive: t.boolean({ required: true }) }),
});
const PricePreferencePayload = payloadType("PricePreferencePayload", "pricePreference", PricePreferenceRef);

builder.mutationFields((t) => ({
  setPricePreference: t.field({
    authScopes: access.admin,
    type: PricePreferencePayload,
    description: "Creates or updates the preference for the attribute value; an unknown currency is a userError.",
    args: { input: t.arg({ type: SetPricePreferenceInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const input = parseInput(schema, args.input);
      if (input.attribute === "currency_code") await ctx.scope.resolve("currency").assertCurrencies([input.value], ["value"]);
      else await ctx.scope.resolve("region").retrieveRegion(input.value);
      return { pricePreference: await ctx.scope.resolve("pricing").setPricePreference({ attribute: input.attribute, value: input.value, is_tax_inclusive: input.isTaxInclusive }) };
    }),
  }),
  deletePricePreference: t.field({
    authScopes: access.admin,
    type: DeletePayload,
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const service = ctx.scope.resolve("pricing");
      await service.retrievePricePreference(args.input.id);
      await service.softDeletePricePreferences([args.input.id]);
      return { deletedId: args.input.id };
    }),
  }),
}));
