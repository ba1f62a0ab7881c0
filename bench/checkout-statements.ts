// `npm run bench:checkout-statements`: the SQL statements each checkout operation costs, on
// PostgreSQL (BENCH_DATABASE_URL or DATABASE_URL). A count, unlike carts per second, does not
// change with what else the machine runs, so it is the figure to compare before and after a
// change. The app runs in this process (its statement counter is read around each request);
// the second of two checkouts is counted, so first-use caches are warm as in a running shop.
import { createApp } from "../src/framework/app.ts";
import { loadConfig } from "../src/framework/config/load-config.ts";
import { openDatabase } from "../src/framework/database/database.ts";
import { currentProject } from "../src/framework/paths.ts";
import { type CheckoutCall, checkout, payloadOf, prepareCheckoutDatabase } from "./checkout-flow.ts";

const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
if (!postgresUrl) {
  console.error("Set BENCH_DATABASE_URL=postgresql://… (the checkout bench runs on PostgreSQL).");
  process.exitCode = 1;
} else {
  const data = await prepareCheckoutDatabase(postgresUrl);
  try {
    const config = await loadConfig(currentProject().root);
    const db = await openDatabase({ kind: "postgres", url: data.url });
    const app = await createApp({
      config: {
        ...config,
        projectConfig: { ...config.projectConfig, databaseUrl: data.url, jobsEnabled: false },
        admin: { ...config.admin, disable: true },
      },
      database: db,
      migrate: false,
    });
    try {
      const url = `http://127.0.0.1:${await app.listen(0, "127.0.0.1")}/graphql`;
      let counts = new Map<string, number[]>();
      const call: CheckoutCall = async (operation, query, variables) => {
        if (process.env.LOG_SQL) console.log(`OPERATION ${operation}`);
        db.resetQueryCount();
        const res = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", "x-publishable-api-key": data.key },
          body: JSON.stringify({ query, variables }),
        });
        const payload = payloadOf((await res.json()) as Parameters<typeof payloadOf>[0]);
        counts.set(operation, [...(counts.get(operation) ?? []), db.queryCount()]);
        return payload;
      };
      await checkout(call, data);
      counts = new Map();
      await checkout(call, data);
      console.log("| operation | SQL statements |");
      console.log("|---|---|");
      let total = 0;
      for (const [operation, each] of counts) {
        total += each.reduce((a, b) => a + b, 0);
        console.log(`| ${operation} | ${each.join(", ")} |`);
      }
      console.log(`| whole checkout | ${total} |`);
    } finally {
      await app.close();
      await db.close();
    }
  } finally {
    await data.drop();
  }
}
