import path from "node:path";
import { readFileSync } from "node:fs";
import { buildASTSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { jobQueueName } from "../src/framework/jobs/redis-job-scheduler.ts";
import { loadJobs } from "../src/framework/jobs/setup.ts";
import { projectRoot } from "../src/framework/paths.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import { createPublishableKey } from "../src/framework/test-utils/auth-clients.ts";

// The seed's examples live in examples/seed; a default install must not carry any of them.
const exampleName = /hello|brand|manager|my_?custom/i;

/** Every type, field, argument and enum value name of an SDL that looks like an example's. */
function exampleNames(sdl: string): string[] {
  const schema = buildASTSchema(parse(sdl));
  const names: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    names.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields()))
        names.push(`${type.name}.${field.name}`, ...field.args.map((a) => `${type.name}.${field.name}(${a.name})`));
    }
    if (isInputObjectType(type)) names.push(...Object.keys(type.getFields()).map((f) => `${type.name}.${f}`));
    if (isEnumType(type)) names.push(...type.getValues().map((v) => `${type.name}.${v.name}`));
  }
  return names.filter((name) => exampleName.test(name.split(".").slice(1).join(".") || name));
}

describe("the default install's printed schema", () => {
  it("has no example type, field or sort value (Hello*, Brand, Manager, MY_CUSTOM_*)", () => {
    const committed = readFileSync(path.join(projectRoot, "schema", "schema.graphql"), "utf8");
    expect(exampleNames(committed)).toEqual([]);
    // The check itself finds them where they are: in the example project's schema.
    const seed = readFileSync(path.join(projectRoot, "examples", "seed", "schema", "schema.graphql"), "utf8");
    expect(exampleNames(seed)).toEqual(
      expect.arrayContaining([
        "Brand",
        "MyCustom",
        "Query.brands",
        "ProductSortField.MY_CUSTOM_NAME",
        "ProductSortField.BRAND_NAME",
      ]),
    );
  });
});

integrationTestRunner({
  // Jobs on, as in `npm start`: a default install has none to schedule.
  config: { projectConfig: { jobsEnabled: true } },
  testSuite: ({ api, getApp, getDatabase }) => {
    describe("a default install", () => {
      it("serves the same schema as the committed one, without example types", () => {
        const names = Object.keys(getApp().schema.getTypeMap());
        expect(names).toContain("Product");
        expect(names.filter((name) => exampleName.test(name))).toEqual([]);
      });

      it("answers 404 for the seed's example routes, and writes nothing", async () => {
        const gets = [
          "/custom",
          "/custom/admin",
          "/custom/customer",
          "/custom/products",
          "/hello-world",
          "/hello-world/ada",
          "/hello-query?name=a",
          "/hello-workflow?name=a",
          "/products-count",
          "/created",
          "/event-stream",
          "/manager/me",
        ];
        for (const route of gets)
          expect({ route, status: (await api.get(route)).status }).toEqual({ route, status: 404 });
        for (const route of ["/custom", "/webhooks", "/manager", "/hello-world"])
          expect({ route, status: (await api.post(route, {})).status }).toEqual({ route, status: 404 });
        const key = await createPublishableKey(api);
        expect((await api.get("/store/custom", { headers: { "x-publishable-api-key": key } })).status).toBe(404);
      });

      it("has no example table in a fresh database", async () => {
        const tables = await getDatabase().withConnection((conn) =>
          conn.query<{ table_name: string }>(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()",
          ),
        );
        expect(tables.map((t) => t.table_name).filter((name) => exampleName.test(name))).toEqual([]);
        expect(tables.map((t) => t.table_name)).toContain("product");
      });

      it("schedules no job: there is none to discover", async () => {
        const { jobsDir, redisUrl, redisPrefix } = getApp().config.projectConfig;
        expect(await loadJobs(path.resolve(projectRoot, jobsDir))).toEqual([]);
        if (redisUrl) {
          // Each job has its own queue (jobQueueName): none exists under the app's prefix.
          const { Redis } = await import("ioredis");
          const redis = new Redis(redisUrl);
          try {
            expect(await redis.keys(`${redisPrefix}:${jobQueueName("*")}`)).toEqual([]);
          } finally {
            redis.disconnect();
          }
        }
      });
    });
  },
});
