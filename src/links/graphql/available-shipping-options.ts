import { z } from "zod";
import { TesseraError } from "../../framework/errors/tessera-error.ts";
import { access, authScopesFor } from "../../framework/graphql/auth-scopes.ts";
import { builder } from "../../framework/graphql/builder.ts";
import type { GraphQLContext } from "../../framework/graphql/context.ts";
import { parseInput } from "../../framework/graphql/inputs.ts";
import { zodInput } from "../../framework/graphql/zod-input.ts";
import { moneyFields } from "../../framework/money/index.ts";
import { listShippingOptionsForContext, type PricedShippingOption } from "../reads/shipping-options-for-context.ts";

// What a shopper may pick to ship an order: composes the fulfillment module with the sales
// channel's stock locations and the pricing module, so it lives beside the links. The cart's
// shippingOptionsForCart answers the same type from the cart's address, currency and subtotal.

const ShippingOptionTypeInfo = builder
  .objectRef<NonNullable<PricedShippingOption["type"]>>("ShippingOptionTypeInfo")
  .implement({
    authScopes: access.store,
    description: "How a shipping option presents itself: Standard, Express.",
    fields: (t) => ({
      label: t.exposeString("label"),
      description: t.exposeString("description", { nullable: true }),
      code: t.exposeString("code"),
    }),
  });

export const AvailableShippingOption = builder.objectRef<PricedShippingOption>("AvailableShippingOption").implement({
  authScopes: access.store,
  description: "A shipping option a shopper may pick, priced in the context's currency (and region).",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    amount: t.exposeString("amount", { description: "A decimal string in currencyCode." }),
    currencyCode: t.exposeString("currency_code"),
    isTaxInclusive: t.exposeBoolean("is_tax_inclusive"),
    type: t.field({ type: ShippingOptionTypeInfo, nullable: true, resolve: (o) => o.type }),
  }),
});

const contextInput = zodInput(
  "ShippingOptionsContextInput",
  z.object({
    countryCode: moneyFields.countryCode.describe("Where the goods go: ISO 3166-1 alpha-2."),
    provinceCode: z.string().trim().max(20).nullish().describe("ISO 3166-2 (us-ca, or ca)."),
    city: z.string().trim().max(200).nullish().describe("For city zones."),
    postalCode: z.string().trim().max(32).nullish().describe("For zip zones."),
    currencyCode: moneyFields.currencyCode.describe("The currency to price in."),
    regionId: z.string().min(1).nullish().describe("Region prices win over currency prices."),
    salesChannelId: z
      .string()
      .min(1)
      .nullish()
      .describe("Defaults to the publishable key's channel when it has exactly one."),
    itemSubtotal: moneyFields.amount.nullish().describe("Checked against min/max subtotal rules."),
  }),
  "Where and what a shopper ships.",
);

/** The channel to ship from: the argument (one of the key's for a storefront), or the key's only channel. */
function channelFor(ctx: GraphQLContext, salesChannelId: string | null | undefined): string {
  const key = ctx.auth.publishableKey;
  if (salesChannelId) {
    if (key && !authScopesFor(ctx).admin && !key.sales_channel_ids.includes(salesChannelId))
      throw new TesseraError(TesseraError.Types.NOT_FOUND, `Sales channel ${salesChannelId} was not found`, {
        field: ["salesChannelId"],
      });
    return salesChannelId;
  }
  if (key?.sales_channel_ids.length === 1) return key.sales_channel_ids[0] as string;
  throw new TesseraError(
    TesseraError.Types.INVALID_DATA,
    "salesChannelId is required unless the publishable key has exactly one sales channel",
    { field: ["salesChannelId"] },
  );
}

builder.queryField("availableShippingOptions", (t) =>
  t.field({
    authScopes: access.store,
    type: [AvailableShippingOption],
    description:
      "The shipping options valid for an address, currency and subtotal in a sales channel, with their prices; a fixed number of SQL statements.",
    args: {
      context: t.arg({
        type: contextInput.ref,
        required: true,
        description: "Where and what is shipped: the address, currency or region, and the item subtotal.",
      }),
    },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(contextInput.schema, args.context);
      return listShippingOptionsForContext(ctx.scope, {
        address: {
          country_code: input.countryCode,
          province_code: input.provinceCode ?? null,
          city: input.city ?? null,
          postal_code: input.postalCode ?? null,
        },
        currency_code: input.currencyCode,
        region_id: input.regionId ?? null,
        sales_channel_id: channelFor(ctx, input.salesChannelId),
        item_subtotal: input.itemSubtotal ?? null,
      });
    },
  }),
);
