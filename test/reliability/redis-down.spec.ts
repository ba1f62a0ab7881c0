import { createServer } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { createApp, type TesseraApp } from "../../src/framework/app.ts";
import { resolveConfig } from "../../src/framework/config/load-config.ts";
import { integrationTestRunner } from "../../src/framework/test-utils/runners.ts";

const CREATE =
  "mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } userErrors { message } } }";
type Health = { status: string; checks: Record<string, { status: string }> };

/** A port nothing listens on: REDIS_URL pointing at nothing. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === "object" && address ? address.port : 1;
}

let unreachable: TesseraApp | undefined;
afterAll(async () => {
  await unreachable?.close();
});

integrationTestRunner({
  testSuite: ({ api, getDatabase }) => {
    describe("a server whose REDIS_URL points at nothing", () => {
      it("answers a mutation at once with SERVICE_UNAVAILABLE and leaves no run behind; readiness says 503", async () => {
        // A second server on the same database, configured with a Redis nobody runs.
        const env = { ...process.env, REDIS_URL: `redis://127.0.0.1:${await deadPort()}` };
        unreachable = await createApp({
          config: resolveConfig(
            {
              projectConfig: {
                workerMode: "server",
                jobsEnabled: false,
                redisPrefix: `tessera-test-dead-${process.pid}`,
              },
            },
            env,
          ),
          database: getDatabase(),
          migrate: false,
        });
        const url = `http://127.0.0.1:${await unreachable.listen(0, "127.0.0.1")}`;

        // On main this request never answered (the job waited for a Redis that never came).
        const res = await fetch(`${url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", ...api.adminHeaders },
          body: JSON.stringify({ query: CREATE, variables: { input: { title: "Never Queued" } } }),
          signal: AbortSignal.timeout(30_000),
        });
        const body = (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
        expect(body.errors?.map((e) => e.extensions?.code)).toEqual(["SERVICE_UNAVAILABLE"]);
        const rows = await getDatabase().prisma.workflowExecution.findMany({
          where: { workflow_id: "create-products" },
        });
        expect(rows.map((r) => r.status)).toEqual([]);
        expect(await getDatabase().prisma.product.count({ where: { title: "Never Queued" } })).toBe(0);

        const ready = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(30_000) });
        expect(ready.status).toBe(503);
        expect(((await ready.json()) as Health).checks).toMatchObject({
          database: { status: "up" },
          redis: { status: "down" },
        });
        const health = await fetch(`${url}/health`, { signal: AbortSignal.timeout(30_000) });
        expect(health.status).toBe(200);
        expect((await health.json()) as Health).toMatchObject({
          status: "degraded",
          checks: { database: { status: "up" }, redis: { status: "down" } },
        });
      }, 90_000);
    });

    describe(`a server whose dependencies are up (${process.env.REDIS_URL ? "PostgreSQL and Redis" : "embedded"})`, () => {
      it("is ready, and /health lists each dependency it uses as up", async () => {
        const ready = await api.anonymous.get<Health>("/health/ready");
        expect(ready.status).toBe(200);
        const expected = process.env.REDIS_URL
          ? { database: { status: "up" }, redis: { status: "up" } }
          : { database: { status: "up" } };
        expect(ready.data.checks).toEqual(expected);
        const health = await api.anonymous.get<Health>("/health");
        expect(health.data).toEqual({ status: "ok", checks: expected });
      });
    });
  },
});
