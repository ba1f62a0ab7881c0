import type { TesseraContainer } from "../framework/container/container.ts";
import { linkByEntryPoint } from "../framework/links/registry.ts";

/** Demo prices per product handle: EUR includes VAT (the Europe region is tax-inclusive), USD does not. */
const priceByHandle: Record<string, { eur: string; usd: string }> = {
  "t-shirt": { eur: "19.50", usd: "22" },
  sweatshirt: { eur: "39.90", usd: "45" },
  sweatpants: { eur: "34.90", usd: "39" },
  shorts: { eur: "24.90", usd: "28" },
};
const STOCK_PER_VARIANT = 100;

/**
 * Gives every seeded variant a price set (EUR and USD), an inventory item stocked at the
 * European Warehouse, and puts the shorts on a running sale. Variants that already have a price
 * set or an inventory item are left alone, so running it again adds nothing.
 */
export async function seedVariantPricesAndStock(container: TesseraContainer): Promise<void> {
  const priceLink = linkByEntryPoint("product_variant_price_set");
  const stockLink = linkByEntryPoint("product_variant_inventory_item");
  if (!priceLink || !stockLink) return;
  const [product, pricing, inventory, link] = [
    container.resolve("product"),
    container.resolve("pricing"),
    container.resolve("inventory"),
    container.resolve("link"),
  ];
  const [warehouse] = await container
    .resolve("stockLocation")
    .listStockLocations({ name: "European Warehouse" }, { take: 1 });
  const products = await product.listProducts({ handle: Object.keys(priceByHandle) }, { relations: ["variants"] });

  // Price rows carry no region rule, so the currency's preference decides: EUR prices include VAT.
  await pricing.setPricePreference({ attribute: "currency_code", value: "eur", is_tax_inclusive: true });

  const saleSetIds: string[] = [];
  for (const p of products) {
    const prices = priceByHandle[p.handle];
    if (!prices) continue;
    const variants = p.variants ?? [];
    const variantIds = variants.map((v) => v.id);
    const priced = new Set(
      (await link.list(priceLink, { product_variant_id: variantIds })).map((r) => String(r.product_variant_id)),
    );
    const stocked = new Set(
      (await link.list(stockLink, { product_variant_id: variantIds })).map((r) => String(r.product_variant_id)),
    );
    for (const variant of variants) {
      if (!priced.has(variant.id)) {
        const [set] = await pricing.createPriceSetsWithPrices([
          {
            prices: [
              { amount: prices.eur, currency_code: "eur" },
              { amount: prices.usd, currency_code: "usd" },
            ],
          },
        ]);
        if (set) {
          await link.create({ product: { product_variant_id: variant.id }, pricing: { price_set_id: set.id } });
          if (p.handle === "shorts") saleSetIds.push(set.id);
        }
      }
      if (!stocked.has(variant.id) && warehouse) {
        // A variant re-created by hand gets a fresh item; the old one keeps its sku history.
        const skuTaken = variant.sku
          ? (await inventory.listInventoryItems({ sku: variant.sku }, { take: 1 })).length > 0
          : false;
        const item = await inventory.createInventoryItems({ sku: skuTaken ? null : variant.sku, title: variant.title });
        await inventory.createInventoryLevels({
          inventory_item_id: item.id,
          location_id: warehouse.id,
          stocked_quantity: STOCK_PER_VARIANT,
        });
        await link.create({ product: { product_variant_id: variant.id }, inventory: { inventory_item_id: item.id } });
      }
    }
  }
  if (saleSetIds.length && !(await pricing.listPriceLists({ title: "Winter Sale" }, { take: 1 })).length) {
    await pricing.createPriceListsWithPrices([
      {
        title: "Winter Sale",
        description: "20% off shorts",
        type: "sale",
        status: "active",
        starts_at: new Date(),
        prices: saleSetIds.flatMap((id) => [
          { price_set_id: id, amount: "19.90", currency_code: "eur" },
          { price_set_id: id, amount: "22.40", currency_code: "usd" },
        ]),
      },
    ]);
  }
}
