import type { Database } from "../src/framework/database/database.ts";
import { generateId } from "../src/framework/modules/model.ts";

const sizes = ["S", "M", "L", "XL"] as const;

/**
 * Writes `count` products, each with a Size option (4 values), 4 variants linked to their
 * value and an image, in a handful of bulk statements (the service would take one round trip
 * per row, minutes on PGlite).
 */
export async function seedCatalogue(db: Database, count: number): Promise<{ token: string; channelId: string }> {
  const products = Array.from({ length: count }, (_, i) => ({
    id: generateId("prod"),
    title: `Bench product ${i}`,
    handle: `bench-${i}`,
    status: "published" as const,
  }));
  const options = products.map((p) => ({ id: generateId("opt"), title: "Size", product_id: p.id }));
  const values = options.flatMap((o) => sizes.map((value) => ({ id: generateId("optval"), value, option_id: o.id })));
  const variants = products.flatMap((p, i) =>
    sizes.map((size, rank) => ({
      id: generateId("variant"),
      title: size,
      sku: `BENCH-${i}-${size}`,
      variant_rank: rank,
      product_id: p.id,
    })),
  );
  const images = products.map((p, i) => ({
    id: generateId("img"),
    url: `https://example.com/bench/${i}.png`,
    product_id: p.id,
  }));
  await db.prisma.$transaction(
    async (tx) => {
      await tx.product.createMany({ data: products });
      await tx.productOption.createMany({ data: options });
      await tx.productOptionValue.createMany({ data: values });
      await tx.productVariant.createMany({ data: variants });
      await tx.productImage.createMany({ data: images });
      // Link each variant to its product's option value of the same name (the implicit m2m table).
      await tx.$executeRawUnsafe(`
      INSERT INTO "_ProductOptionValueToProductVariant" ("A", "B")
      SELECT ov.id, v.id FROM product_variant v
      JOIN product_option o ON o.product_id = v.product_id
      JOIN product_option_value ov ON ov.option_id = o.id AND ov.value = v.title`);
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
  // The storefront's publishable key: product reads need one (or admin credentials), and it
  // sees the products of its sales channel, so every product is sold in that channel.
  const channelId = generateId("sc");
  await db.prisma.salesChannel.create({ data: { id: channelId, name: "Bench channel" } });
  await db.prisma.$executeRawUnsafe(
    `INSERT INTO link_product_sales_channel (product_id, sales_channel_id, created_at, updated_at) SELECT id, $1, now(), now() FROM product`,
    channelId,
  );
  const token = `pk_bench_${generateId("k").slice(2)}`;
  await db.prisma.apiKey.create({
    data: {
      id: generateId("apk"),
      token,
      redacted: token,
      title: "Bench storefront",
      type: "publishable",
      sales_channel_ids: [channelId],
    },
  });
  return { token, channelId };
}
