import { access } from "../../framework/graphql/auth-scopes.ts";
import { builder } from "../../framework/graphql/builder.ts";
import type { GraphQLContext } from "../../framework/graphql/context.ts";
import { requestLoader } from "../../framework/graphql/request-cache.ts";
import { linkByEntryPoint } from "../../framework/links/registry.ts";
import { modelRef } from "../../framework/links/graphql-refs.ts";
import type { Row } from "../../framework/modules/service-factory.ts";
import { PriceRef } from "../../modules/pricing/graphql/types.ts";

// ProductVariant.prices: every price of the variant's linked price set, Medusa's
// `variants.prices` shortcut over product_variant_price_set (same rows as `priceSet { prices }`).
const LINK = "product_variant_price_set";

function pricesLoader(ctx: GraphQLContext) {
  return requestLoader<Row<"Price">[]>(ctx, "variant.prices", async (variantIds) => {
    const link = linkByEntryPoint(LINK);
    if (!link) return variantIds.map(() => []);
    const rows = await ctx.scope.resolve("link").list(link, { product_variant_id: [...variantIds] });
    const setByVariant = new Map(rows.map((r) => [String(r.product_variant_id), String(r.price_set_id)]));
    const setIds = [...new Set(setByVariant.values())];
    const prices = setIds.length
      ? await ctx.scope
          .resolve("pricing")
          .listPrices({ price_set_id: setIds }, { order: { currency_code: "ASC", amount: "ASC" } })
      : [];
    return variantIds.map((id) => prices.filter((p) => p.price_set_id === setByVariant.get(id)));
  });
}

builder.objectFields(modelRef("ProductVariant"), (t) => ({
  prices: t.field({
    type: [PriceRef],
    // Price lists hold customer-group (VIP) prices: storefronts read calculatedPrice, for their own context.
    authScopes: access.admin,
    nullable: true,
    description:
      "Every price of the variant's linked price set (defaults and price-list prices); empty without a price set. Admin only (storefronts read calculatedPrice). Loaded for a whole page at once.",
    resolve: (variant, _a, ctx: GraphQLContext) => pricesLoader(ctx).load(variant.id),
  }),
}));
