import { access } from "../../../framework/graphql/auth-scopes.ts";
import { z } from "zod";
import { builder } from "../../../framework/graphql/builder.ts";
import { parseInput } from "../../../framework/graphql/inputs.ts";
import { DeletePayload, payloadType } from "../../../framework/graphql/payloads.ts";
import { IdempotentDeleteInput, runMutationWorkflow } from "../../../framework/graphql/run-workflow.ts";
import { singleOfBatch } from "../../../framework/graphql/single-of-batch.ts";
import { withUserErrors } from "../../../framework/graphql/user-errors.ts";
import {
  deletePricePreferencesWorkflow,
  setPricePreferencesWorkflow,
} from "../../../workflows/pricing/price-preferences.ts";
import { additionalData, workflowFields } from "../../../framework/graphql/workflow-inputs.ts";
import { PricePreferenceRef } from "../../../modules/pricing/graphql/types.ts";
import { Modules } from "../../../modules/index.ts";

const PricePreferenceAttribute = builder.enumType("PricePreferenceAttribute", {
  values: { CURRENCY_CODE: { value: "currency_code" }, REGION_ID: { value: "region_id" } } as const,
});
const schema = z.object({
  attribute: z.enum(["currency_code", "region_id"]),
  value: z.string().trim().min(1, "must not be empty"),
  isTaxInclusive: z.boolean(),
});

const SetPricePreferenceInput = builder.inputType("SetPricePreferenceInput", {
  description: "Whether prices of a currency or a region include taxes; region preferences win for region prices.",
  fields: (t) => ({
    attribute: t.field({ type: PricePreferenceAttribute, required: true }),
    value: t.string({ required: true }),
    isTaxInclusive: t.boolean({ required: true }),
    ...workflowFields(t),
  }),
});
const PricePreferencePayload = payloadType("PricePreferencePayload", "pricePreference", PricePreferenceRef);

builder.mutationFields((t) => ({
  setPricePreference: t.field({
    authScopes: access.admin,
    type: PricePreferencePayload,
    description: "Creates or updates the preference for the attribute value; an unknown currency is a userError.",
    args: { input: t.arg({ type: SetPricePreferenceInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(schema, args.input);
        const [preference] = await singleOfBatch(() =>
          runMutationWorkflow(
            setPricePreferencesWorkflow,
            ctx.scope,
            {
              price_preferences: [
                { attribute: input.attribute, value: input.value, is_tax_inclusive: input.isTaxInclusive },
              ],
              additional_data: additionalData(args.input.additionalData),
            },
            args.input.idempotencyKey,
          ),
        );
        return {
          pricePreference: await ctx.scope.resolve(Modules.PRICING).retrievePricePreference(preference?.id ?? ""),
        };
      }),
  }),
  deletePricePreference: t.field({
    authScopes: access.admin,
    type: DeletePayload,
    args: { input: t.arg({ type: IdempotentDeleteInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        await runMutationWorkflow(
          deletePricePreferencesWorkflow,
          ctx.scope,
          { ids: [args.input.id] },
          args.input.idempotencyKey,
        );
        return { deletedId: args.input.id };
      }),
  }),
}));
