import { builder } from "../../../framework/graphql/builder.ts";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import { linkByEntryPoint } from "../../../framework/links/registry.ts";
import { hasGraphQLType, modelRef } from "../../../framework/links/graphql-refs.ts";
import { managesInventory, VARIANT_ITEM_LINK, variantQuantityLoader } from "./variant-stock.ts";

// ProductVariant.inventoryQuantity exists only when the variant↔item link (and so the product
// module) is loaded.
if (linkByEntryPoint(VARIANT_ITEM_LINK) && hasGraphQLType("ProductVariant")) {
  builder.objectFields(modelRef("ProductVariant"), (t) => ({
    inventoryQuantity: t.int({
      nullable: true,
      description: "Units available (stocked − reserved, over all locations or `locationIds`) through the linked inventory items; with several items, the units the scarcest allows given each link's requiredQuantity. Null without a linked item, and when the variant does not manage inventory (`manageInventory: false`). A page of variants is counted in one batch.",
      args: { locationIds: t.arg.idList() },
      resolve: (variant, args, ctx: GraphQLContext) =>
        managesInventory(variant) ? variantQuantityLoader(ctx, args.locationIds ?? undefined).load(variant.id) : null,
    }),
  }));
}
