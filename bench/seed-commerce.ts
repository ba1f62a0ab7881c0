import type { Database } from "../src/framework/database/database.ts";
import { generateId } from "../src/framework/modules/model.ts";

export interface BenchCommerce {
  regionId: string;
  locationId: string;
  /** The catalogue's product ids in the default order (by id), to make page cursors from. */
  productIds: string[];
}

/**
 * Prices, stock and tax for the bench catalogue, in bulk statements: every variant gets a price
 * set (EUR and USD), every tenth product's variants a sale price, one inventory item stocked at
 * one location that sells for the storefront's sales channel, and the region (Denmark, EUR) a
 * 25 % tax rate.
 */
export async function seedCommerce(db: Database, channelId: string): Promise<BenchCommerce> {
  const variants = await db.prisma.productVariant.findMany({
    select: { id: true, sku: true, product_id: true },
    orderBy: { id: "asc" },
  });
  const regionId = generateId("reg");
  const locationId = generateId("sloc");
  const sets = variants.map((v, i) => ({
    variant: v,
    setId: generateId("pset"),
    itemId: generateId("iitem"),
    euro: 10 + (i % 50),
  }));
  const saleListId = generateId("plist");
  await db.prisma.$transaction(
    async (tx) => {
      await tx.region.create({
        data: {
          id: regionId,
          name: "Denmark",
          currency_code: "eur",
          countries: { create: [{ id: generateId("regc"), iso_2: "dk" }] },
        },
      });
      await tx.taxRegion.create({
        data: {
          id: generateId("txreg"),
          country_code: "dk",
          tax_rates: { create: [{ id: generateId("txr"), rate: 25, code: "DK", name: "Moms", is_default: true }] },
        },
      });
      await tx.stockLocation.create({ data: { id: locationId, name: "Bench warehouse" } });
      await tx.linkSalesChannelStockLocation.create({
        data: { sales_channel_id: channelId, stock_location_id: locationId },
      });
      await tx.priceList.create({ data: { id: saleListId, title: "Bench sale", type: "sale", status: "active" } });
      await tx.priceSet.createMany({ data: sets.map((s) => ({ id: s.setId })) });
      await tx.price.createMany({
        data: sets.flatMap((s, i) => [
          { id: generateId("price"), price_set_id: s.setId, currency_code: "eur", amount: s.euro },
          { id: generateId("price"), price_set_id: s.setId, currency_code: "usd", amount: s.euro + 2 },
          ...(i % 40 < 4
            ? [
                {
                  id: generateId("price"),
                  price_set_id: s.setId,
                  price_list_id: saleListId,
                  currency_code: "eur",
                  amount: s.euro - 1,
                },
              ]
            : []),
        ]),
      });
      await tx.linkProductVariantPriceSet.createMany({
        data: sets.map((s) => ({ product_variant_id: s.variant.id, price_set_id: s.setId })),
      });
      await tx.inventoryItem.createMany({ data: sets.map((s) => ({ id: s.itemId, sku: s.variant.sku })) });
      await tx.inventoryLevel.createMany({
        data: sets.map((s, i) => ({
          id: generateId("ilev"),
          inventory_item_id: s.itemId,
          location_id: locationId,
          stocked_quantity: i % 7 === 0 ? 0 : 25,
        })),
      });
      await tx.linkProductVariantInventoryItem.createMany({
        data: sets.map((s) => ({ product_variant_id: s.variant.id, inventory_item_id: s.itemId })),
      });
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
  // Bulk loads leave the planner without statistics until autovacuum gets to them; a live
  // database has them, so the bench measures with them.
  await db.prisma.$executeRawUnsafe("ANALYZE");
  const products = await db.prisma.product.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  return { regionId, locationId, productIds: products.map((p) => p.id) };
}
