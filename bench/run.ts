// `npm run bench`: seeds 1,000 products × 4 variants with prices, stock and tax, starts the
// server and measures two storefront queries, a random page of 20 products each request: the
// product page (variants and options) and the priced page (each variant's calculated price in a
// region with taxes, and its availability).
// Runs on embedded PGlite, and on PostgreSQL too when BENCH_DATABASE_URL (or DATABASE_URL)
// names a server: a fresh database is created there and dropped afterwards.
// Knobs: BENCH_PRODUCTS (1000), BENCH_DURATION seconds (10), BENCH_CONNECTIONS (10).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { offsetToCursor } from "@pothos/plugin-relay";
import pg from "pg";
import { openDatabase, type DatabaseTarget } from "../src/framework/database/database.ts";
import { seedCatalogue } from "./seed-catalogue.ts";
import { seedCommerce, type BenchCommerce } from "./seed-commerce.ts";
import { freePort, startServer } from "./server.ts";

const products = Number(process.env.BENCH_PRODUCTS ?? 1000);
const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const pageSize = 20;

const productPage = `query BenchProductPage($after: String) {
  products(first: ${pageSize}, after: $after) {
    totalCount
    edges { node { id title handle variants { id title sku options { value option { title } } } options { title values { value } } } }
  }
}`;

const pricedPage = `query BenchPricedPage($after: String, $context: PriceContextInput) {
  products(first: ${pageSize}, after: $after) {
    totalCount
    edges { node { id title handle thumbnail variants { id title sku
      calculatedPrice(context: $context) { calculatedAmount originalAmount currencyCode isCalculatedPricePriceList isCalculatedPriceTaxInclusive
        calculatedAmountWithTax calculatedAmountWithoutTax taxLines { rate code } }
      availability { inventoryQuantity manageInventory allowBackorder inStock }
    } } }
  }
}`;

interface Variant {
  options?: unknown[];
  calculatedPrice?: { calculatedAmount: string | null; calculatedAmountWithTax: string | null } | null;
  availability?: { inventoryQuantity: number | null; inStock: boolean };
}
type Page = {
  data?: { products: { totalCount: number; edges: { node: { variants: Variant[]; options?: unknown[] } }[] } };
  errors?: unknown[];
};

interface Scenario {
  name: string;
  body: (commerce: BenchCommerce) => () => string;
  /** What each product of a real page must hold, so a broken query cannot pass for a fast one. */
  valid: (node: { variants: Variant[]; options?: unknown[] }) => boolean;
}

/** `after` the cursor of offset n starts the page at n + 1: any page within the catalogue. */
function randomAfter(): string | null {
  const offset = Math.floor(Math.random() * (products - pageSize));
  return offset === 0 ? null : offsetToCursor(offset - 1);
}

const scenarios: Scenario[] = [
  {
    name: "product page",
    body: () => () => JSON.stringify({ query: productPage, variables: { after: randomAfter() } }),
    valid: (node) => node.variants.length === 4 && node.options?.length === 1,
  },
  {
    name: "priced page",
    body:
      ({ regionId }) =>
      () =>
        JSON.stringify({ query: pricedPage, variables: { after: randomAfter(), context: { regionId } } }),
    valid: (node) =>
      node.variants.length === 4 &&
      node.variants.every(
        (v) =>
          v.calculatedPrice?.calculatedAmountWithTax != null && typeof v.availability?.inventoryQuantity === "number",
      ),
  },
];

async function checkPage(
  url: string,
  headers: Record<string, string>,
  scenario: Scenario,
  body: () => string,
): Promise<void> {
  const res = await fetch(url, { method: "POST", headers, body: body() });
  const page = (await res.json()) as Page;
  const edges = page.data?.products.edges ?? [];
  if (
    page.errors ||
    page.data?.products.totalCount !== products ||
    edges.length !== pageSize ||
    !edges.every((e) => scenario.valid(e.node))
  ) {
    throw new Error(`unexpected ${scenario.name}: ${JSON.stringify(page).slice(0, 500)}`);
  }
}

interface Row {
  database: string;
  scenario: string;
  seedSeconds: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  failures: number;
}

async function measure(database: string, target: DatabaseTarget, serverEnv: Record<string, string>): Promise<Row[]> {
  const seedStart = performance.now();
  const db = await openDatabase(target);
  let headers: Record<string, string>;
  let commerce: BenchCommerce;
  try {
    await db.migrate();
    const { token: publishableKey, channelId } = await seedCatalogue(db, products);
    commerce = await seedCommerce(db, channelId);
    headers = { "content-type": "application/json", "x-publishable-api-key": publishableKey };
  } finally {
    await db.close();
  }
  const seedSeconds = (performance.now() - seedStart) / 1000;
  const server = await startServer({ ...serverEnv, PORT: String(await freePort()) });
  try {
    const rows: Row[] = [];
    for (const scenario of scenarios) {
      const body = scenario.body(commerce);
      await checkPage(server.url, headers, scenario, body);
      const requests = [
        { method: "POST" as const, headers, setupRequest: (req: object) => ({ ...req, body: body() }) },
      ];
      // A short warm-up so the first JIT and connection costs stay out of the figures.
      await autocannon({ url: server.url, connections, duration: 2, requests });
      const result = await autocannon({ url: server.url, connections, duration, requests });
      rows.push({
        database,
        scenario: scenario.name,
        seedSeconds,
        requestsPerSecond: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        requests: result.requests.total,
        failures: result.errors + result.timeouts + result.non2xx,
      });
    }
    return rows;
  } finally {
    await server.stop();
  }
}

async function onPglite(): Promise<Row[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "tessera-bench-"));
  try {
    return await measure("PGlite (embedded)", { kind: "pglite", dir }, { DATABASE_DIR: dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function onPostgres(serverUrl: string): Promise<Row[]> {
  const name = `tessera_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  try {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return await measure("PostgreSQL", { kind: "postgres", url: url.toString() }, { DATABASE_URL: url.toString() });
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

function table(rows: Row[]): string {
  const header = ["database", "query", "req/s", "p50 ms", "p99 ms", "requests", "failures", "seed s"];
  const lines = rows.map((r) => [
    r.database,
    r.scenario,
    r.requestsPerSecond.toFixed(1),
    String(r.p50),
    String(r.p99),
    String(r.requests),
    String(r.failures),
    r.seedSeconds.toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] as string).length)));
  const format = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(" | ")} |`;
  return [format(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...lines.map(format)].join("\n");
}

const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
console.log(
  `Storefront pages of ${pageSize} products (random pages) over ${products} products × 4 variants; ${connections} connections, ${duration}s each.`,
);
const rows = await onPglite();
if (postgresUrl) rows.push(...(await onPostgres(postgresUrl)));
else console.log("PostgreSQL skipped: set BENCH_DATABASE_URL=postgresql://… to measure it too.");
console.log(table(rows));
if (rows.some((r) => r.failures > 0)) process.exitCode = 1;
