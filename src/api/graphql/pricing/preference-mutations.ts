import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { payloadType } from "../../../framework/graphql/payloads.ts";
import { deleteMutation, workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { Modules } from "../../../modules/index.ts";
import { PricePreferenceRef } from "../../../modules/pricing/graphql/types.ts";
import {
  deletePricePreferencesWorkflow,
  setPricePreferencesWorkflow,
} from "../../../workflows/pricing/price-preferences.ts";

const PricePreferenceAttribute = builder.enumType("PricePreferenceAttribute", {
  values: { CURRENCY_CODE: { value: "currency_code" }, REGION_ID: { value: "region_id" } } as const,
});
const schema = z.object({
  attribute: z
    .enum(["currency_code", "region_id"])
    .meta({ graphql: PricePreferenceAttribute })
    .describe("What the preference is keyed by: a currency or a region."),
  value: z.string().trim().min(1, "must not be empty").describe("The currency code or the region id."),
  isTaxInclusive: z.boolean().describe("Whether prices in that currency or region include taxes."),
});

workflowMutation("setPricePreference", {
  access: access.admin,
  description: "Creates or updates the preference for the attribute value; an unknown currency is a userError.",
  input: {
    name: "SetPricePreferenceInput",
    schema,
    description: "Whether prices of a currency or a region include taxes; region preferences win for region prices.",
  },
  hooks: true,
  workflow: setPricePreferencesWorkflow,
  workflowInput: (input) => ({
    price_preferences: [{ attribute: input.attribute, value: input.value, is_tax_inclusive: input.isTaxInclusive }],
  }),
  payload: payloadType("PricePreferencePayload", "pricePreference", PricePreferenceRef),
  result: async ([preference], _input, ctx) => ({
    pricePreference: await ctx.scope.resolve(Modules.PRICING).retrievePricePreference(preference?.id ?? ""),
  }),
});

deleteMutation("deletePricePreference", {
  access: access.admin,
  description: "Deletes a price preference; prices of its currency or region fall back to the default.",
  workflow: deletePricePreferencesWorkflow,
});
