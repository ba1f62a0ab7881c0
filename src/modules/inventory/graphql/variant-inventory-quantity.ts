import DataLoader from "dataloader";
import { builder } from "../../../framework/graphql/builder.ts";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import { linkByEntryPoint } from "../../../framework/links/registry.ts";
import { hasGraphQLType, modelRef } from "../../../framework/links/graphql-refs.ts";

// ProductVariant.inventoryQuantity reaches the variant's inventory items through the
// product_variant_inventory_item link, so it exists only when that link (and so the product
// module) is loaded; the inventory module never imports the product module.
const LINK = "product_variant_inventory_item";

// One loader per request and location filter: a page's variants cost one link read and one
// level sum, whatever the page size.
const perRequest = new WeakMap<object, Map<string, DataLoader<string, number | null>>>();

function quantityLoader(ctx: GraphQLContext, locationIds: string[] | undefined): DataLoader<string, number | null> {
  const key = JSON.stringify(locationIds ?? null);
  let loaders = perRequest.get(ctx);
  if (!loaders) perRequest.set(ctx, (loaders = new Map()));
  let found = loaders.get(key);
  if (!found) {
    found = new DataLoader<string, number | null>(async (variantIds) => {
      const link = linkByEntryPoint(LINK);
      if (!link) return variantIds.map(() => null);
      const rows = await ctx.scope.resolve("link").list(link, { product_variant_id: [...variantIds] });
      const itemIds = [...new Set(rows.map((r) => String(r.inventory_item_id)))];
      const available = itemIds.length ? await ctx.scope.resolve("inventory").retrieveAvailableQuantities(itemIds, locationIds) : new Map<string, number>();
      return variantIds.map((id) => {
        const mine = rows.filter((r) => r.product_variant_id === id);
        if (!mine.length) return null;
        // A kit sells as many units as its scarcest item allows (required_quantity per unit).
        return Math.min(...mine.map((r) => Math.max(0, Math.floor((available.get(String(r.inventory_item_id)) ?? 0) / Math.max(1, Number(r.required_quantity ?? 1))))));
      });
    });
    loaders.set(key, found);
  }
  return found;
}

if (linkByEntryPoint(LINK) && hasGraphQLType("ProductVariant")) {
  builder.objectFields(modelRef("ProductVariant"), (t) => ({
    inventoryQuantity: t.int({
      nullable: true,
      description: "Units available (stocked − reserved, over all locations or `locationIds`) through the linked inventory items; with several items, the units the scarcest allows given each link's requiredQuantity. Null without a linked item. A page of variants is counted in one batch.",
      args: { locationIds: t.arg.idList() },
      resolve: (variant, args, ctx: GraphQLContext) => quantityLoader(ctx, args.locationIds ?? undefined).load(variant.id),
    }),
  }));
}
