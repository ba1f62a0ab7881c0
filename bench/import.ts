// `npm run bench:import`: imports BENCH_PRODUCTS (1,000) products × 4 variants, each variant with
// an EUR and a USD price and an inventory item, through Medusa's path: createProductsWorkflow, in
// runs of BENCH_IMPORT_BATCH (100) products, on a fresh PostgreSQL database (BENCH_DATABASE_URL or
// DATABASE_URL), dropped afterwards. It prints the wall time, the CPU time, products per second, the SQL
// statements per product (a figure load does not change) and checks every product, variant,
// price set, link and inventory item is there.
import { createApp } from "../src/framework/app.ts";
import { loadConfig } from "../src/framework/config/load-config.ts";
import { openDatabase } from "../src/framework/database/database.ts";
import { currentProject } from "../src/framework/paths.ts";
import { createProductsWorkflow, type CreateProductInput } from "../src/workflows/product/create-products.ts";
import { withFreshDatabase } from "./fresh-database.ts";

const products = Number(process.env.BENCH_PRODUCTS ?? 1000);
const batch = Number(process.env.BENCH_IMPORT_BATCH ?? 100);
const sizes = ["S", "M", "L", "XL"];

const product = (n: number): CreateProductInput => ({
  title: `Imported product ${n}`,
  handle: `imported-${n}`,
  status: "published",
  options: [{ title: "Size", values: sizes }],
  variants: sizes.map((size) => ({
    title: size,
    sku: `IMPORT-${n}-${size}`,
    options: { Size: size },
    prices: [
      { amount: String(10 + (n % 50)), currency_code: "eur" },
      { amount: String(12 + (n % 50)), currency_code: "usd" },
    ],
  })),
});

const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
if (!postgresUrl) {
  console.error("Set BENCH_DATABASE_URL=postgresql://… (the import bench runs on PostgreSQL).");
  process.exitCode = 1;
} else {
  await withFreshDatabase(postgresUrl, "import", async (url) => {
    const config = await loadConfig(currentProject().root);
    const db = await openDatabase({ kind: "postgres", url });
    const app = await createApp({
      config: {
        ...config,
        projectConfig: { ...config.projectConfig, databaseUrl: url, jobsEnabled: false },
        admin: { ...config.admin, disable: true },
      },
      database: db,
    });
    try {
      db.resetQueryCount();
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      for (let first = 0; first < products; first += batch) {
        const input = Array.from({ length: Math.min(batch, products - first) }, (_, i) => product(first + i));
        await createProductsWorkflow(app.container).run({ input: { products: input } });
      }
      const seconds = (performance.now() - started) / 1000;
      // This process's CPU time (user + system): what load does not stretch, unlike the wall time.
      const cpu = process.cpuUsage(cpuBefore);
      const cpuSeconds = (cpu.user + cpu.system) / 1e6;
      const statements = db.queryCount();
      const counts = await db.prisma.$queryRaw<{ what: string; n: bigint }[]>`
        SELECT 'products' AS what, count(*) AS n FROM product UNION ALL
        SELECT 'variants', count(*) FROM product_variant UNION ALL
        SELECT 'prices', count(*) FROM price UNION ALL
        SELECT 'price-set links', count(*) FROM link_product_variant_price_set UNION ALL
        SELECT 'inventory links', count(*) FROM link_product_variant_inventory_item`;
      const expected: Record<string, number> = {
        products,
        variants: products * 4,
        prices: products * 8,
        "price-set links": products * 4,
        "inventory links": products * 4,
      };
      for (const { what, n } of counts)
        if (Number(n) !== expected[what]) throw new Error(`${what}: ${n} rows, expected ${expected[what]}`);
      console.log(
        `Imported ${products} products × 4 variants (2 prices and an inventory item each) through createProductsWorkflow, ${batch} per run:`,
      );
      console.log(
        `${seconds.toFixed(1)} s (${cpuSeconds.toFixed(1)} s CPU in this process), ${(products / seconds).toFixed(1)} products/s, ${statements} SQL statements (${(statements / products).toFixed(1)} per product)`,
      );
    } finally {
      await app.close();
      await db.close();
    }
  });
}
