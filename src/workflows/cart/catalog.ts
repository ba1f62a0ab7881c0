import type { TesseraContainer } from "../../framework/container/container.ts";
import { TesseraError } from "../../framework/errors/tessera-error.ts";
import { linkByEntryPoint } from "../../framework/links/registry.ts";
import type { Context } from "../../framework/modules/service-factory.ts";

// What the cart workflows read of the catalogue across links: a variant's product and snapshot,
// whether its product is sold in a sales channel, the units the channel's stock locations hold,
// and the variant's price set. Every read takes the caller's transaction (ctx), so a step can
// read and write under the cart's row lock (PGlite is one connection: a read outside the
// transaction would wait for it).

/** What a line item copies from its variant and product. */
export interface VariantSnapshot {
  variant_id: string;
  product_id: string;
  title: string;
  subtitle: string | null;
  thumbnail: string | null;
  product_title: string;
  product_description: string | null;
  product_subtitle: string | null;
  product_type_id: string | null;
  product_handle: string;
  variant_sku: string | null;
  variant_barcode: string | null;
  variant_title: string;
  manage_inventory: boolean;
  allow_backorder: boolean;
}

const invalid = (message: string, field: string[]) =>
  new TesseraError(TesseraError.Types.INVALID_DATA, message, { field });

/**
 * The variants' snapshots, checking each is live, of a published product sold in the sales
 * channel (a variant the channel does not sell is INVALID_DATA, as an unknown one).
 */
export async function loadSellableVariants(
  container: TesseraContainer,
  variantIds: string[],
  salesChannelId: string | null,
  ctx: Context,
): Promise<Map<string, VariantSnapshot>> {
  const ids = [...new Set(variantIds)];
  const variants = await container
    .resolve("product")
    .listProductVariants({ id: ids }, { relations: ["product"], relationLoadStrategy: "join" }, ctx);
  const unknown = ids.find((id) => !variants.some((v) => v.id === id && v.product && v.product.status === "published"));
  if (unknown) throw invalid(`Variant ${unknown} was not found`, ["variantId"]);
  const link = linkByEntryPoint("product_sales_channel");
  if (link && salesChannelId) {
    const productIds = [...new Set(variants.map((v) => v.product_id))];
    const rows = await container
      .resolve("link")
      .list(link, { product_id: productIds, sales_channel_id: salesChannelId }, ctx);
    const sold = new Set(rows.map((r) => String(r.product_id)));
    const outside = variants.find((v) => !sold.has(v.product_id));
    if (outside) throw invalid(`Variant ${outside.id} is not sold in this sales channel`, ["variantId"]);
  }
  return new Map(
    variants.map((v) => {
      const p = v.product;
      if (!p) throw invalid(`Variant ${v.id} was not found`, ["variantId"]);
      return [
        v.id,
        {
          variant_id: v.id,
          product_id: p.id,
          title: p.title,
          subtitle: v.title,
          thumbnail: p.thumbnail,
          product_title: p.title,
          product_description: p.description,
          product_subtitle: p.subtitle,
          product_type_id: p.type_id,
          product_handle: p.handle,
          variant_sku: v.sku,
          variant_barcode: v.barcode,
          variant_title: v.title,
          manage_inventory: v.manage_inventory,
          allow_backorder: v.allow_backorder,
        },
      ];
    }),
  );
}

/**
 * Units of each variant the channel's stock locations can sell (stocked − reserved; a kit: what
 * its scarcest item allows). Only for variants that manage inventory without backorder.
 */
export async function availableInChannel(
  container: TesseraContainer,
  variantIds: string[],
  salesChannelId: string | null,
  ctx: Context,
): Promise<Map<string, number>> {
  const out = new Map<string, number>(variantIds.map((id) => [id, 0]));
  const itemLink = linkByEntryPoint("product_variant_inventory_item");
  const locationLink = linkByEntryPoint("sales_channel_stock_location");
  if (!variantIds.length || !itemLink || !locationLink || !salesChannelId) return out;
  const link = container.resolve("link");
  const locations = await link.list(locationLink, { sales_channel_id: salesChannelId }, ctx);
  const locationIds = locations.map((l) => String(l.stock_location_id));
  const items = await link.list(itemLink, { product_variant_id: variantIds }, ctx);
  if (!locationIds.length || !items.length) return out;
  const available = await container
    .resolve("inventory")
    .retrieveAvailableQuantities([...new Set(items.map((i) => String(i.inventory_item_id)))], locationIds, ctx);
  for (const id of variantIds) {
    const own = items.filter((i) => i.product_variant_id === id);
    if (!own.length) continue;
    const units = own.map((i) =>
      Math.floor((available.get(String(i.inventory_item_id)) ?? 0) / Math.max(1, Number(i.required_quantity ?? 1))),
    );
    out.set(id, Math.max(0, Math.min(...units)));
  }
  return out;
}

/** The price set of each variant (product_variant_price_set). */
export async function priceSetsOf(
  container: TesseraContainer,
  variantIds: string[],
  ctx: Context,
): Promise<Map<string, string>> {
  const link = linkByEntryPoint("product_variant_price_set");
  if (!link || !variantIds.length) return new Map();
  const rows = await container.resolve("link").list(link, { product_variant_id: variantIds }, ctx);
  return new Map(rows.map((r) => [String(r.product_variant_id), String(r.price_set_id)]));
}
