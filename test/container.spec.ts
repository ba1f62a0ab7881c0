import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { asValue } from "awilix";
import { afterAll, describe, expect, it } from "vitest";
import type { TesseraContainer } from "../src/framework/container/container.ts";
import type { ModuleRoute } from "../src/framework/http/types.ts";
import { createHttpApp } from "../src/framework/http/http-app.ts";
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
    });
  },
});
