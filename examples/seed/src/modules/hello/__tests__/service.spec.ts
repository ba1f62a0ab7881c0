import { asValue } from "awilix";
import { describe, expect, it } from "vitest";
import type { PrismaClient } from "../../../../../../src/generated/prisma/client.ts";
import { moduleIntegrationTestRunner } from "../../../../../../src/framework/test-utils/runners.ts";
import { HELLO_MODULE } from "../index.ts";
import type HelloModuleService from "../service.ts";
import { CustomService } from "../services/custom.ts";
import { errorOf } from "./error-of.ts";

// The seed's Modules, Services and Loaders sections: options, a second service, a loader using
// registerAdd, raw SQL and transactions.
moduleIntegrationTestRunner<HelloModuleService>({
  project: "examples/seed",
  moduleName: HELLO_MODULE,
  resolve: "./modules/hello",
  moduleOptions: { apiKey: true },
  testSuite: ({ service, container, moduleContainer, db }) => {
    describe("module", () => {
      it("hands the module options to the service constructor", () => {
        expect(service.hasApiKey()).toBe(true);
      });

      it("resolves the second service inside the module, not in the app container", () => {
        expect(moduleContainer.resolve<CustomService>("customService")).toBeInstanceOf(CustomService);
        expect(service.getMessage()).toBe("Hello, World!");
        expect(container.hasRegistration("customService")).toBe(false);
        expect(container.resolve(HELLO_MODULE).hasApiKey()).toBe(true);
      });

      it("ran the loader, which registered custom_data with registerAdd", () => {
        expect(moduleContainer.resolve("custom_data")).toEqual([{ test: true }]);
        expect(moduleContainer.resolve("options")).toEqual({ apiKey: true });
      });

      it("found the loader in loaders/ and ran it before building the service, which read custom_data", () => {
        expect(service.customData).toEqual([{ test: true }]);
      });

      it("registerAdd appends to the list instead of replacing it", () => {
        const scope = moduleContainer.createScope();
        scope.registerAdd("custom_data", asValue({ test: false }));
        expect(scope.resolve("custom_data")).toEqual([{ test: true }, { test: false }]);
      });
    });

    describe("database access in custom methods", () => {
      it("runs raw SQL (getCountSql counts live rows)", async () => {
        const before = await service.getCountSql();
        const [a] = await service.createMyCustoms([{ name: "raw-1" }, { name: "raw-2" }]);
        expect(await service.getCountSql()).toBe(before + 2);
        await service.softDeleteMyCustoms(a?.id ?? "");
        expect(await service.getCountSql()).toBe(before + 1);
      });

      it("runs an update and a read in one transaction (renameAndRead)", async () => {
        const row = await service.createMyCustoms({ name: "old name" });
        expect(await service.renameAndRead({ id: row.id, name: "new name" })).toEqual({ id: row.id, name: "new name" });
        expect((await service.retrieveMyCustom(row.id)).name).toBe("new name");
      });

      it("rolls back every call of a transaction when a later one fails", async () => {
        const row = await service.createMyCustoms({ name: "stable" });
        await service.createHelloUsers({ email_address: "taken@example.com" });
        const [, countBefore] = await service.listAndCountMyCustoms({}, { withDeleted: true });
        const failing = (db.prisma as PrismaClient).$transaction(async (tx) => {
          await service.renameAndRead({ id: row.id, name: "changed" }, { tx });
          await service.createMyCustoms({ name: "half-written" }, { tx });
          await service.createHelloUsers({ email_address: "taken@example.com" }, { tx });
        });
        await expect(failing).rejects.toThrow();
        expect((await service.retrieveMyCustom(row.id)).name).toBe("stable");
        const [, countAfter] = await service.listAndCountMyCustoms({}, { withDeleted: true });
        expect(countAfter).toBe(countBefore);
      });

      it("a batch create is one transaction: a failing item writes none", async () => {
        const error = await errorOf(
          service.createHelloStores([{ name: "first" }, { name: "second", nope: 1 } as never]),
        );
        expect(error).toMatchObject({ type: "invalid_data", field: ["nope"] });
        expect(await service.listHelloStores({ name: "first" })).toEqual([]);
      });
    });
  },
});
