// `npm run bench:checkout`: completed carts per second on PostgreSQL. BENCH_SHOPPERS (20)
// shoppers run at once, each in a loop for BENCH_DURATION seconds (10): create a cart, add 3
// items, set email and address, pick a shipping option, apply a promotion code, create the
// payment collection and a session with the system provider, complete the cart. Every answer is
// checked (a failed step counts as a failure, never as a completed cart).
// Needs BENCH_DATABASE_URL (or DATABASE_URL): a fresh database is created there and dropped.
// `npm run bench:checkout-statements` counts the SQL statements of each of these operations.
import { type CheckoutCall, type CheckoutData, checkout, payloadOf, prepareCheckoutDatabase } from "./checkout-flow.ts";
import { availableParallelism } from "node:os";
import { databaseCpu } from "./database-cpu.ts";
import { freePort, startServer } from "./server.ts";

const shoppers = Number(process.env.BENCH_SHOPPERS ?? 20);
const duration = Number(process.env.BENCH_DURATION ?? 10);

/** The operations over HTTP with the storefront's publishable key. */
const overHttp =
  (url: string, key: string): CheckoutCall =>
  async (_operation, query, variables) => {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-publishable-api-key": key },
      body: JSON.stringify({ query, variables }),
    });
    return payloadOf((await res.json()) as Parameters<typeof payloadOf>[0]);
  };

async function run(data: CheckoutData): Promise<void> {
  const server = await startServer({ DATABASE_URL: data.url, PORT: String(await freePort()) });
  try {
    const call = overHttp(server.url, data.key);
    await checkout(call, data); // warm-up, and a check that the flow works
    let completed = 0;
    let failed = 0;
    let firstError = "";
    const database = await databaseCpu(data.url);
    const databaseBefore = await database.sample();
    const shoppersBefore = process.cpuUsage();
    const cpuBefore = server.cpuMs();
    const started = performance.now();
    const until = started + duration * 1000;
    const latencies: number[] = [];
    await Promise.all(
      Array.from({ length: shoppers }, async () => {
        while (performance.now() < until) {
          const start = performance.now();
          try {
            await checkout(call, data);
            completed++;
            latencies.push(performance.now() - start);
          } catch (error) {
            failed++;
            firstError ||= String(error);
          }
        }
      }),
    );
    // Checkouts begun before the deadline run to their end: the rate is over the whole wall time.
    const elapsed = (performance.now() - started) / 1000;
    const cpuAfter = server.cpuMs();
    const databaseAfter = await database.sample();
    await database.close();
    const shoppersCpu = process.cpuUsage(shoppersBefore);
    const perCart = (before: number | null, after: number | null) =>
      before !== null && after !== null && completed ? (after - before) / completed : null;
    const serverMs = perCart(cpuBefore, cpuAfter);
    const databaseMs = perCart(databaseBefore, databaseAfter);
    const shoppersMs = perCart(0, (shoppersCpu.user + shoppersCpu.system) / 1000);
    const shown = (ms: number | null) => (ms === null ? "n/a" : ms.toFixed(0));
    latencies.sort((a, b) => a - b);
    const at = (q: number) => (latencies[Math.floor(q * (latencies.length - 1))] ?? 0).toFixed(0);
    console.log(
      "| shoppers | carts/s | checkout p50 ms | checkout p99 ms | CPU ms per cart: server | database | shoppers | completed | failed |",
    );
    console.log("|---|---|---|---|---|---|---|---|---|");
    console.log(
      `| ${shoppers} | ${(completed / elapsed).toFixed(2)} | ${at(0.5)} | ${at(0.99)} | ${shown(serverMs)} | ${shown(databaseMs)} | ${shown(shoppersMs)} | ${completed} | ${failed} |`,
    );
    if (serverMs !== null && databaseMs !== null) {
      // The ceiling if the server and the database had every core and the shoppers none.
      const cores = availableParallelism();
      console.log(
        `Ceiling on ${cores} cores, server + database only: ${((cores * 1000) / (serverMs + databaseMs)).toFixed(1)} carts/s`,
      );
    }
    if (failed) {
      console.error(`first failure: ${firstError}`);
      process.exitCode = 1;
    }
  } finally {
    await server.stop();
  }
}

const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
if (!postgresUrl) {
  console.error("Set BENCH_DATABASE_URL=postgresql://… (the checkout bench runs on PostgreSQL).");
  process.exitCode = 1;
} else {
  console.log(`Checkout: ${shoppers} shoppers for ${duration}s, 3 items, shipping, a 10 % code, system payment.`);
  const data = await prepareCheckoutDatabase(postgresUrl);
  try {
    await run(data);
  } finally {
    await data.drop();
  }
}
