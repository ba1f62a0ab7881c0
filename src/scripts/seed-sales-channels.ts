import type { TesseraContainer } from "../framework/container/container.ts";

/**
 * The demo's sales channel links: every product is sold in the Default Sales Channel (so the
 * Webshop key sees them), which sells from the European Warehouse. Linking again changes nothing.
 */
export async function seedSalesChannelLinks(container: TesseraContainer): Promise<void> {
  const [channel] = await container
    .resolve("salesChannel")
    .listSalesChannels({ name: "Default Sales Channel" }, { take: 1 });
  if (!channel) return;
  const link = container.resolve("link");
  const products = await container.resolve("product").listProducts({}, { select: ["id"] });
  if (products.length) {
    await link.create(
      products.map((p) => ({ product: { product_id: p.id }, salesChannel: { sales_channel_id: channel.id } })),
    );
  }
  const [warehouse] = await container
    .resolve("stockLocation")
    .listStockLocations({ name: "European Warehouse" }, { take: 1 });
  if (warehouse)
    await link.create({
      salesChannel: { sales_channel_id: channel.id },
      stockLocation: { stock_location_id: warehouse.id },
    });
}
