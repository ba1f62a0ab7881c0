import { TesseraError } from "../../framework/errors/tessera-error.ts";
import { access, authScopesFor } from "../../framework/graphql/auth-scopes.ts";
import { builder } from "../../framework/graphql/builder.ts";
import type { GraphQLContext } from "../../framework/graphql/context.ts";
import { requestLoader } from "../../framework/graphql/request-cache.ts";
import { modelRef } from "../../framework/links/graphql-refs.ts";
import { linkByEntryPoint } from "../../framework/links/registry.ts";
import { linkedLiveIds } from "../reads/linked-live-ids.ts";
import { managesInventory, variantQuantityLoader } from "./variant-stock.ts";

// ProductVariant.availability composes product, inventory and sales channel: a channel sells from
// the stock locations linked to it (sales_channel_stock_location). src/links/graphql/index.ts adds
// it only when that link and the variant↔item link are loaded.
const CHANNEL_LOCATION_LINK = "sales_channel_stock_location";

interface Availability {
  inventoryQuantity: number | null;
  manageInventory: boolean;
  allowBackorder: boolean;
  inStock: boolean;
}

const VariantAvailability = builder.objectRef<Availability>("VariantAvailability").implement({
  authScopes: access.store,
  description: "Whether a variant can be sold in a sales channel, from the stock of the channel's locations.",
  fields: (t) => ({
    inventoryQuantity: t.exposeInt("inventoryQuantity", {
      nullable: true,
      description:
        "stocked − reserved over the channel's stock locations (a kit: the units its scarcest item allows); 0 without a linked inventory item; null when the variant does not manage inventory, and for storefronts when the store module's showInventoryQuantity option is false (inStock still answers).",
    }),
    manageInventory: t.exposeBoolean("manageInventory"),
    allowBackorder: t.exposeBoolean("allowBackorder"),
    inStock: t.exposeBoolean("inStock", { description: "!manageInventory || allowBackorder || inventoryQuantity > 0" }),
  }),
});

/** The channel asked about: the argument, or the publishable key's only channel. */
function channelFor(ctx: GraphQLContext, salesChannelId: string | null | undefined): string {
  const key = ctx.auth.publishableKey;
  if (salesChannelId) {
    // A storefront's channels are its key's: another channel does not exist for it.
    if (key && !authScopesFor(ctx).admin && !key.sales_channel_ids.includes(salesChannelId))
      throw notFound(salesChannelId);
    return salesChannelId;
  }
  if (key?.sales_channel_ids.length === 1) return key.sales_channel_ids[0] as string;
  throw new TesseraError(
    TesseraError.Types.INVALID_DATA,
    "salesChannelId is required unless the publishable key has exactly one sales channel",
    { field: ["salesChannelId"] },
  );
}

const notFound = (id: string) =>
  new TesseraError(TesseraError.Types.NOT_FOUND, `Sales channel ${id} was not found`, { field: ["salesChannelId"] });

// Per request: the live stock locations of every channel asked about (a deleted location's stock
// never counts), in one statement. Null for an unknown channel.
function channelLocations(ctx: GraphQLContext) {
  return requestLoader<string[] | null>(ctx, "salesChannel.locations", async (channelIds) => {
    const link = linkByEntryPoint(CHANNEL_LOCATION_LINK);
    if (!link) return channelIds.map(() => null);
    return linkedLiveIds(ctx.prisma, link, "SalesChannel", channelIds);
  });
}

/**
 * Whether this caller sees how many units are available, or only whether the variant is in stock:
 * admins always; storefronts unless the store module's `showInventoryQuantity` option is false.
 */
function showsQuantity(ctx: GraphQLContext): boolean {
  if (authScopesFor(ctx).admin || !ctx.scope.hasRegistration("store")) return true;
  return ctx.scope.resolve("store").showInventoryQuantity;
}

builder.objectFields(modelRef("ProductVariant"), (t) => ({
  availability: t.field({
    type: VariantAvailability,
    description:
      "Availability in a sales channel: stock summed over the channel's stock locations. `salesChannelId` defaults to the publishable key's channel when it has exactly one (else INVALID_DATA); an unknown channel, or for a storefront one outside its key, is NOT_FOUND. Batched per page.",
    args: { salesChannelId: t.arg.id() },
    resolve: async (variant, args, ctx: GraphQLContext) => {
      const channelId = channelFor(ctx, args.salesChannelId);
      const locations = await channelLocations(ctx).load(channelId);
      if (!locations) throw notFound(channelId);
      const manageInventory = managesInventory(variant);
      const allowBackorder = variant.allow_backorder === true;
      const quantity = manageInventory ? ((await variantQuantityLoader(ctx, locations).load(variant.id)) ?? 0) : null;
      const inStock = !manageInventory || allowBackorder || (quantity ?? 0) > 0;
      return { inventoryQuantity: showsQuantity(ctx) ? quantity : null, manageInventory, allowBackorder, inStock };
    },
  }),
}));
