import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { recordMutations } from "../../../framework/graphql/record-mutations.ts";
import { zodId, zodJson } from "../../../framework/graphql/zod-input.ts";
import { modelRef } from "../../../framework/links/graphql-refs.ts";
import {
  createShippingOptionsWorkflow,
  deleteShippingOptionsWorkflow,
  updateShippingOptionsWorkflow,
} from "../../../workflows/fulfillment/index.ts";
import {
  metadataField,
  optionTypeSchema,
  priceSchema,
  ruleSchema,
  ShippingPriceTypeEnum,
  toOptionType,
  toPrices,
  toRules,
} from "./inputs.ts";

const optionFields = {
  name: z.string().trim().min(1).max(200).describe("Shown to shoppers."),
  priceType: z
    .enum(["flat", "calculated"])
    .meta({ graphql: ShippingPriceTypeEnum })
    .describe("FLAT takes prices; CALCULATED needs a provider that can calculate."),
  shippingProfileId: zodId().describe("The shipping profile of the products it ships."),
  providerId: z.string().trim().min(1).max(200).describe("A registered provider, e.g. manual_manual."),
  data: zodJson().nullish().describe("The provider's option data (one of its fulfillment options)."),
  type: optionTypeSchema.nullish().describe("Label, description and code shown to shoppers."),
  prices: z.array(priceSchema).max(200).nullish().describe("Flat prices per currency and per region."),
  rules: z.array(ruleSchema).max(50).nullish().describe("Requirements, e.g. item_subtotal GTE 50."),
  metadata: metadataField,
};

recordMutations("ShippingOption", {
  ref: modelRef("ShippingOption"),
  access: access.admin,
  batch: "shipping_options",
  hooks: true,
  retrieve: (ctx, id) => ctx.scope.resolve("fulfillment").retrieveShippingOption(id),
  create: {
    description:
      "Creates a shipping option in a service zone with its prices and rules; an unknown provider, currency or region, or a calculated price on a provider that cannot calculate, is a userError and nothing is written.",
    schema: z.object({ serviceZoneId: zodId().describe("The service zone it is offered in."), ...optionFields }),
    workflow: createShippingOptionsWorkflow,
    row: (input) => ({
      name: input.name,
      price_type: input.priceType,
      service_zone_id: input.serviceZoneId,
      shipping_profile_id: input.shippingProfileId,
      provider_id: input.providerId,
      data: input.data ?? null,
      type: input.type ? toOptionType(input.type) : null,
      metadata: input.metadata ?? null,
      rules: toRules(input.rules ?? []),
      prices: toPrices(input.prices ?? []),
    }),
  },
  update: {
    description: "Updates a shipping option; given prices, rules and type replace its own.",
    schema: z.object({
      id: zodId().describe("The shipping option to update."),
      name: optionFields.name.nullish(),
      priceType: optionFields.priceType.nullish(),
      shippingProfileId: optionFields.shippingProfileId.nullish(),
      providerId: optionFields.providerId.nullish(),
      data: optionFields.data,
      type: optionFields.type,
      prices: optionFields.prices,
      rules: optionFields.rules,
      metadata: metadataField,
    }),
    workflow: updateShippingOptionsWorkflow,
    convert: { type: toOptionType, rules: toRules, prices: toPrices },
  },
  delete: {
    description: "Soft-deletes a shipping option with its rules and prices.",
    workflow: deleteShippingOptionsWorkflow,
  },
});
