import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { asValue } from "awilix";
import { afterAll, describe, expect, it } from "vitest";
import type { TesseraContainer } from "../src/framework/container/container.ts";
import type { ModuleRoute } from "../src/framework/http/types.ts";
import { createHttpApp } from "../src/framework/http/http-app.ts";
import { ContainerRegistrationKeys } from "../src/framework/container/keys.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";

integrationTestRunner({
  project: "examples/seed",
  testSuite: ({ getApp, getContainer }) => {
    let server: Server | undefined;
    afterAll(async () => {
      if (server) await new Promise<void>((resolve) => server?.close(() => resolve()));
    });

    describe("container", () => {
      it("holds the logger, the config and the database", () => {
        const container = getContainer();
        expect(typeof container.resolve("logger").info).toBe("function");
        expect(container.resolve("configModule").projectConfig.http.port).toBe(9000);
        expect(container.resolve("db")).toBe(getApp().db);
      });

      it("gives every request its own scope, resolving the same module services", async () => {
        const seen: TesseraContainer[] = [];
        const probe: ModuleRoute = {
          path: "/probe",
          handlers: {
            GET: (req, res) => {
              // A value registered in one request's scope must not leak into the next request.
              const before = req.scope.hasRegistration("requestValue");
              req.scope.register("requestValue", asValue(seen.length));
              seen.push(req.scope);
              res.json({
                before,
                value: req.scope.resolve("requestValue"),
                product: req.scope.resolve("product") === getContainer().resolve("product"),
              });
            },
          },
        };
        const { app } = createHttpApp(getContainer(), getApp().schema, { routes: [probe], middlewares: {} });
        server = createServer(app);
        await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", () => resolve()));
        const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/probe`;
        const first = await (await fetch(url)).json();
        const second = await (await fetch(url)).json();
        expect(first).toEqual({ before: false, value: 0, product: true });
        expect(second).toEqual({ before: false, value: 1, product: true });
        expect(seen[0]).not.toBe(seen[1]);
        expect(getContainer().hasRegistration("requestValue")).toBe(false);
      });

      it("ran the module loaders at start, with each module's own container", () => {
        const hello = getApp().modules.find((m) => m.definition.name === "helloModuleService");
        expect(hello?.options).toEqual({ apiKey: true });
        expect(hello?.container.resolve("custom_data")).toEqual([{ test: true }]);
        expect(getContainer().hasRegistration("custom_data")).toBe(false);
        expect(getContainer().resolve("helloModuleService").hasApiKey()).toBe(true);
      });

      it("answers Medusa's PG_CONNECTION (knex's raw) and MANAGER (the ORM client) keys", async () => {
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION);
        const selected = await pg.raw<{ s: string; n: number; a: string; b: string }>(
          "SELECT 'why?' AS s, ?::int + 1 AS n, ?::text AS a, ?::text AS b",
          [41, "x", "y"],
        );
        expect(selected).toEqual({ rows: [{ s: "why?", n: 42, a: "x", b: "y" }], rowCount: 1 });
        const named = await pg.raw<{ a: string; b: string }>("SELECT :v::text AS a, :v::text AS b", { v: "same" });
        expect(named.rows).toEqual([{ a: "same", b: "same" }]);
        const updated = await pg.raw("UPDATE workflow_execution SET status = status WHERE transaction_id = ?", [
          "no-such-run",
        ]);
        expect(updated).toEqual({ rows: [], rowCount: 0 });
        // A value is a binding, never SQL.
        const injected = await pg.raw<{ v: string }>("SELECT ?::text AS v", ["'; DROP TABLE workflow_execution; --"]);
        expect(injected.rows[0]?.v).toBe("'; DROP TABLE workflow_execution; --");
        await expect(pg.raw("SELECT ?, ?", [1])).rejects.toMatchObject({ type: "invalid_data" });
        expect(() => pg("workflow_execution")).toThrow(/raw/);
        const manager = getContainer().resolve(ContainerRegistrationKeys.MANAGER);
        expect(manager).toBe(getApp().db.prisma);
      });
    });
  },
});
