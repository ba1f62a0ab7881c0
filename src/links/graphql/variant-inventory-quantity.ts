import { access } from "../../framework/graphql/auth-scopes.ts";
import { builder } from "../../framework/graphql/builder.ts";
import type { GraphQLContext } from "../../framework/graphql/context.ts";
import { modelRef } from "../../framework/links/graphql-refs.ts";
import { managesInventory, variantQuantityLoader } from "./variant-stock.ts";

// ProductVariant.inventoryQuantity composes product and inventory across the variant↔item link;
// src/links/graphql/index.ts adds it only when that link is loaded. Stock per location is admin
// data: a storefront reads `availability`, over its channel's locations.
builder.objectFields(modelRef("ProductVariant"), (t) => ({
  inventoryQuantity: t.int({
    authScopes: access.admin,
    nullable: true,
    description:
      "Units available (stocked − reserved, over all locations or `locationIds`) through the linked inventory items; with several items, the units the scarcest allows given each link's requiredQuantity. Null without a linked item, and when the variant does not manage inventory (`manageInventory: false`). Admin only (storefronts read `availability`). A page of variants is counted in one batch.",
    args: { locationIds: t.arg.idList() },
    resolve: (variant, args, ctx: GraphQLContext) =>
      managesInventory(variant) ? variantQuantityLoader(ctx, args.locationIds ?? undefined).load(variant.id) : null,
  }),
}));
