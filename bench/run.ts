// `npm run bench`: seeds 1,000 products × 4 variants with prices, stock and tax, starts the
// server and measures storefront pages of 20 products (a random page each request): the product
// page, the priced page (each variant's calculated price in a region) and the full page (prices
// with taxes, and availability). On PostgreSQL it also starts bench/baseline-server.ts, which
// answers the priced page with one hand-written SQL statement, on the same database in the same
// run: every figure is also given as a share of the baseline's req/s, which is what survives a
// machine that other work slows down.
// Runs on embedded PGlite, and on PostgreSQL too when BENCH_DATABASE_URL (or DATABASE_URL)
// names a server: a fresh database is created there and dropped afterwards.
// Knobs: BENCH_PRODUCTS (1000), BENCH_DURATION seconds (10), BENCH_CONNECTIONS (20),
// BENCH_REQUESTS (instead of a duration), BENCH_ROUNDS (1; each round measures the baseline and every scenario again, the table gives
// medians), BENCH_DATABASES (`pglite,postgres`), BENCH_ONLY (a scenario name's start),
// BENCH_NODE_FLAGS (node flags for the Tessera server, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { openDatabase, type DatabaseTarget } from "../src/framework/database/database.ts";
import { baseline, pageSize, scenarios, type Page, type Scenario } from "./pages.ts";
import { table, type Row, type Sample } from "./report.ts";
import { withFreshDatabase } from "./fresh-database.ts";
import { seedCatalogue } from "./seed-catalogue.ts";
import { seedCommerce, type BenchCommerce } from "./seed-commerce.ts";
import { freePort, startBaseline, startServer, type BenchServer } from "./server.ts";

const products = Number(process.env.BENCH_PRODUCTS ?? 1000);
const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const rounds = Number(process.env.BENCH_ROUNDS ?? 1);
// A fixed number of requests per measurement instead of a duration: on a machine so loaded that
// a few seconds answer next to nothing.
const amount = process.env.BENCH_REQUESTS ? Number(process.env.BENCH_REQUESTS) : undefined;
const databases = (process.env.BENCH_DATABASES ?? "pglite,postgres").split(",");
const only = process.env.BENCH_ONLY;
const chosen = scenarios.filter((s) => !only || s.name.startsWith(only));

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

async function load(server: BenchServer, headers: Record<string, string>, body: () => string): Promise<Sample> {
  const requests = [{ method: "POST" as const, headers, setupRequest: (req: object) => ({ ...req, body: body() }) }];
  const url = server.url;
  // A short warm-up so the first JIT and connection costs stay out of the figures.
  await autocannon({ url, connections, ...(amount ? { amount: connections * 2 } : { duration: 2 }), requests });
  const cpuBefore = server.cpuMs();
  const result = await autocannon({ url, connections, ...(amount ? { amount } : { duration }), requests });
  const cpuAfter = server.cpuMs();
  return {
    cpuMsPerRequest:
      cpuBefore === null || cpuAfter === null || !result.requests.total
        ? null
        : (cpuAfter - cpuBefore) / result.requests.total,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

async function seed(target: DatabaseTarget): Promise<{ headers: Record<string, string>; commerce: BenchCommerce }> {
  const db = await openDatabase(target);
  try {
    await db.migrate();
    const { token, channelId } = await seedCatalogue(db, products);
    const commerce = await seedCommerce(db, channelId);
    return { headers: { "content-type": "application/json", "x-publishable-api-key": token }, commerce };
  } finally {
    await db.close();
  }
}

async function measure(
  database: string,
  target: DatabaseTarget,
  serverEnv: Record<string, string>,
  baselineUrl?: string,
): Promise<Row[]> {
  const seedStart = performance.now();
  const { headers, commerce } = await seed(target);
  const seedSeconds = (performance.now() - seedStart) / 1000;
  const rows: Row[] = [];
  const row = (scenario: Scenario, server: BenchServer): Row => ({
    database,
    scenario: scenario.name,
    samples: [],
    peakRssMiB: null,
    readyMs: server.readyMs,
    seedSeconds,
  });
  /** Checks, then measures `scenarios` on one server (started here and stopped after), and the baseline beside them when given. */
  const runPhase = async (scenarios: Scenario[], env: Record<string, string>, extra: BenchServer[] = []) => {
    if (scenarios.length === 0) return;
    const tessera = await startServer({ ...serverEnv, ...env, PORT: String(await freePort()) });
    try {
      const entries = [
        ...extra.map((server) => ({ scenario: baseline, server, row: row(baseline, server) })),
        ...scenarios.map((scenario) => ({ scenario, server: tessera, row: row(scenario, tessera) })),
      ];
      for (const { scenario, server } of entries)
        await checkPage(server.url, headers, scenario, scenario.body(commerce, products));
      for (let round = 0; round < rounds; round++) {
        for (const entry of entries) {
          entry.row.samples.push(await load(entry.server, headers, entry.scenario.body(commerce, products)));
          entry.row.peakRssMiB = entry.server.peakRssMiB();
        }
      }
      rows.push(...entries.map((e) => e.row));
    } finally {
      await tessera.stop();
    }
  };
  const baselineServer = baselineUrl ? await startBaseline(baselineUrl, await freePort()) : undefined;
  try {
    // The response cache's server runs after the plain one has stopped: an embedded PGlite
    // directory takes one process at a time.
    await runPhase(
      chosen.filter((s) => !s.responseCache),
      {},
      baselineServer ? [baselineServer] : [],
    );
    await runPhase(
      chosen.filter((s) => s.responseCache),
      { GRAPHQL_RESPONSE_CACHE_TTL_MS: "600000" },
    );
    return rows;
  } finally {
    await baselineServer?.stop();
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
  return withFreshDatabase(serverUrl, "pages", (db) =>
    measure("PostgreSQL", { kind: "postgres", url: db }, { DATABASE_URL: db }, db),
  );
}

const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
console.log(
  `Storefront pages of ${pageSize} products (random pages) over ${products} products × 4 variants; ${connections} connections, ${duration}s each, ${rounds} round(s), medians.`,
);
const rows: Row[] = [];
if (postgresUrl && databases.includes("postgres")) {
  rows.push(...(await onPostgres(postgresUrl)));
  // Printed as soon as it is known: a later database's failure does not lose it.
  if (databases.includes("pglite")) console.log(table(rows));
} else console.log("PostgreSQL skipped: set BENCH_DATABASE_URL=postgresql://… to measure it and the baseline.");
if (databases.includes("pglite")) rows.push(...(await onPglite()));
console.log(table(rows));
if (rows.some((r) => r.samples.some((s) => s.failures > 0))) process.exitCode = 1;
