// `npm run bench`: seeds 1,000 products × 4 variants, starts the server and measures the
// product page query (20 products with variants and options, a random page each request).
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
import { freePort, startServer } from "./server.ts";

const products = Number(process.env.BENCH_PRODUCTS ?? 1000);
const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const pageSize = 20;

const query = `query BenchProductPage($after: String) {
  products(first: ${pageSize}, after: $after) {
    totalCount
    edges { node { id title handle variants { id title sku options { value option { title } } } options { title values { value } } } }
  }
}`;

type Page = { data?: { products: { totalCount: number; edges: { node: { variants: { options: unknown[] }[]; options: unknown[] } }[] } }; errors?: unknown[] };

function randomBody(): string {
  // `after` the cursor of offset n starts the page at n + 1: any page within the catalogue.
  const offset = Math.floor(Math.random() * (products - pageSize));
  return JSON.stringify({ query, variables: { after: offset === 0 ? null : offsetToCursor(offset - 1) } });
}

/** One real request before the load, so a broken query cannot pass for a fast one. */
async function checkPage(url: string, headers: Record<string, string>): Promise<void> {
  const res = await fetch(url, { method: "POST", headers, body: randomBody() });
  const page = (await res.json()) as Page;
  const edges = page.data?.products.edges ?? [];
  if (page.errors || page.data?.products.totalCount !== products || edges.length !== pageSize || edges.some((e) => e.node.variants.length !== 4 || e.node.options.length !== 1)) {
    throw new Error(`unexpected product page: ${JSON.stringify(page).slice(0, 500)}`);
  }
}

interface Row { database: string; seedSeconds: number; requestsPerSecond: number; p50: number; p99: number; requests: number; failures: number }

async function measure(database: string, target: DatabaseTarget, serverEnv: Record<string, string>): Promise<Row> {
  const seedStart = performance.now();
  const db = await openDatabase(target);
  let headers: Record<string, string>;
  try {
    await db.migrate();
    const publishableKey = await seedCatalogue(db, products);
    headers = { "content-type": "application/json", "x-publishable-api-key": publishableKey };
  } finally {
    await db.close();
  }
  const seedSeconds = (performance.now() - seedStart) / 1000;
  const server = await startServer({ ...serverEnv, PORT: String(await freePort()) });
  try {
    await checkPage(server.url, headers);
    // A short warm-up so the first JIT and connection costs stay out of the figures.
    await autocannon({ url: server.url, connections, duration: 2, requests: [{ method: "POST", headers, setupRequest: (req) => ({ ...req, body: randomBody() }) }] });
    const result = await autocannon({
      url: server.url,
      connections,
      duration,
      requests: [{ method: "POST", headers, setupRequest: (req) => ({ ...req, body: randomBody() }) }],
    });
    return {
      database, seedSeconds,
      requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99,
      requests: result.requests.total, failures: result.errors + result.timeouts + result.non2xx,
    };
  } finally {
    await server.stop();
  }
}

async function onPglite(): Promise<Row> {
  const dir = mkdtempSync(path.join(tmpdir(), "tessera-bench-"));
  try {
    return await measure("PGlite (embedded)", { kind: "pglite", dir }, { DATABASE_DIR: dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function onPostgres(serverUrl: string): Promise<Row> {
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
  const header = ["database", "req/s", "p50 ms", "p99 ms", "requests", "failures", "seed s"];
  const lines = rows.map((r) => [r.database, r.requestsPerSecond.toFixed(1), String(r.p50), String(r.p99), String(r.requests), String(r.failures), r.seedSeconds.toFixed(1)]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] as string).length)));
  const format = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(" | ")} |`;
  return [format(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...lines.map(format)].join("\n");
}

const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
console.log(`Product page (${pageSize} products with variants and options, random pages) over ${products} products × 4 variants; ${connections} connections, ${duration}s each.`);
const rows = [await onPglite()];
if (postgresUrl) rows.push(await onPostgres(postgresUrl));
else console.log("PostgreSQL skipped: set BENCH_DATABASE_URL=postgresql://… to measure it too.");
console.log(table(rows));
if (rows.some((r) => r.failures > 0)) process.exitCode = 1;
