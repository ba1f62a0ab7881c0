import { beforeAll, describe, expect, it } from "vitest";
import { moduleIntegrationTestRunner } from "../../../../../../src/framework/test-utils/runners.ts";
import { HELLO_MODULE } from "../index.ts";
import type HelloModuleService from "../service.ts";
import { errorOf } from "./error-of.ts";

// The generated list / retrieve / update / upsert methods: filters, search, paging, relations.
moduleIntegrationTestRunner<HelloModuleService>({
  project: "examples/seed",
  moduleName: HELLO_MODULE,
  resolve: "./modules/hello",
  testSuite: ({ service, db }) => {
    const names = async (filters: Parameters<HelloModuleService["listMyCustoms"]>[0]) =>
      (await service.listMyCustoms(filters, { order: { name: "ASC" } })).map((r) => r.name);

    beforeAll(async () => {
      await service.createMyCustoms([
        { name: "Alice", age: 20, has_account: true, color: "white", names: ["x"] },
        { name: "Bob", age: 30, names: ["y"] },
        { name: "Carol", age: 40, has_account: true, names: ["x", "y"] },
        { name: "dave", age: null },
        { name: "Eve", age: 50 },
      ]);
      const gone = await service.createMyCustoms({ name: "Zed", age: 60 });
      await service.softDeleteMyCustoms(gone.id);
    });

    describe("filters", () => {
      it("equality, array = in, and each comparison operator", async () => {
        expect(await names({ name: "Bob" })).toEqual(["Bob"]);
        expect(await names({ name: ["Bob", "Eve", "Nobody"] })).toEqual(["Bob", "Eve"]);
        expect(await names({ age: { $eq: 30 } })).toEqual(["Bob"]);
        expect(await names({ name: { $ne: "Bob" } })).toEqual(["Alice", "Carol", "Eve", "dave"]);
        expect(await names({ name: { $in: ["Alice", "Carol"] } })).toEqual(["Alice", "Carol"]);
        expect(await names({ name: { $nin: ["Alice", "Carol"] } })).toEqual(["Bob", "Eve", "dave"]);
        expect(await names({ age: { $lt: 30 } })).toEqual(["Alice"]);
        expect(await names({ age: { $lte: 30 } })).toEqual(["Alice", "Bob"]);
        expect(await names({ age: { $gt: 40 } })).toEqual(["Eve"]);
        expect(await names({ age: { $gte: 40 } })).toEqual(["Carol", "Eve"]);
        expect(await names({ age: { $gt: 20, $lt: 50 } })).toEqual(["Bob", "Carol"]);
        expect(await names({ age: null })).toEqual(["dave"]);
        expect(await names({ has_account: true, color: "black" })).toEqual(["Carol"]);
        expect(await names({ names: ["y"] })).toEqual(["Bob", "Carol"]);
      });

      it("$like is case-sensitive, $ilike is not", async () => {
        expect(await names({ name: { $like: "%a%" } })).toEqual(["Carol", "dave"]);
        expect(await names({ name: { $ilike: "%A%" } })).toEqual(["Alice", "Carol", "dave"]);
        expect(await names({ name: { $ilike: "d%" } })).toEqual(["dave"]);
        expect(await names({ name: { $like: "%e" } })).toEqual(["Alice", "Eve", "dave"]);
      });

      it("$and and $or combine filters", async () => {
        expect(await names({ $or: [{ name: "Alice" }, { age: { $gte: 50 } }] })).toEqual(["Alice", "Eve"]);
        expect(await names({ $and: [{ age: { $gte: 20 } }, { age: { $lte: 40 } }, { has_account: true }] })).toEqual([
          "Alice",
          "Carol",
        ]);
        expect(await names({ $or: [{ $and: [{ name: "Bob" }, { age: 30 }] }, { name: "dave" }] })).toEqual([
          "Bob",
          "dave",
        ]);
      });

      it("refuses an unknown field or operator as INVALID_DATA", async () => {
        expect(await errorOf(service.listMyCustoms({ nope: 1 }))).toMatchObject({
          type: "invalid_data",
          field: ["nope"],
        });
        expect((await errorOf(service.listMyCustoms({ age: { $between: [1, 2] } }))).type).toBe("invalid_data");
      });

      it("q searches the searchable fields, case-insensitively", async () => {
        expect(await names({ q: "AL" })).toEqual(["Alice"]);
        expect(await names({ q: "o", age: { $gte: 30 } })).toEqual(["Bob", "Carol"]);
      });

      it("filters on a relation inside the module", async () => {
        const store = await service.createHelloStores({ name: "Shop" });
        const [mug] = await service.createHelloProducts([{ title: "Mug", store_id: store.id }, { title: "Cup" }]);
        await service.createHelloOrders({ reference: "R-1", products: [mug?.id ?? ""] });
        expect((await service.listHelloProducts({ store: { name: "Shop" } })).map((p) => p.title)).toEqual(["Mug"]);
        expect((await service.listHelloOrders({ products: { title: "Mug" } })).map((o) => o.reference)).toEqual([
          "R-1",
        ]);
        expect(await service.listHelloOrders({ products: { title: "Cup" } })).toEqual([]);
        expect((await service.listHelloStores({ products: { title: { $ilike: "mu%" } } })).map((s) => s.name)).toEqual([
          "Shop",
        ]);
      });
    });

    describe("config", () => {
      it("take, skip and order page through the rows", async () => {
        const page = async (skip: number) =>
          (await service.listMyCustoms({}, { order: { age: "DESC" }, take: 2, skip })).map((r) => r.name);
        // PostgreSQL sorts NULLs first in descending order.
        expect(await page(0)).toEqual(["dave", "Eve"]);
        expect(await page(2)).toEqual(["Carol", "Bob"]);
        expect(await page(4)).toEqual(["Alice"]);
        expect((await errorOf(service.listMyCustoms({}, { take: -1 }))).type).toBe("invalid_data");
        expect((await errorOf(service.listMyCustoms({}, { order: { nope: "ASC" } }))).type).toBe("invalid_data");
      });

      it("listAndCount counts every match, not just the page", async () => {
        const [rows, count] = await service.listAndCountMyCustoms(
          { age: { $gte: 20 } },
          { take: 2, order: { age: "ASC" } },
        );
        expect(rows.map((r) => r.name)).toEqual(["Alice", "Bob"]);
        expect(count).toBe(4);
      });

      it("withDeleted includes soft-deleted rows", async () => {
        expect(await names({ name: "Zed" })).toEqual([]);
        const [, all] = await service.listAndCountMyCustoms({}, { withDeleted: true });
        const [, live] = await service.listAndCountMyCustoms({});
        expect(all - live).toBe(1);
        const zed = (await service.listMyCustoms({ name: "Zed" }, { withDeleted: true }))[0];
        expect(zed?.deleted_at).toBeInstanceOf(Date);
        expect((await service.retrieveMyCustom(zed?.id ?? "", { withDeleted: true })).name).toBe("Zed");
      });

      it("select loads only the fields asked for; relations load related rows", async () => {
        const [row] = await service.listMyCustoms({ name: "Alice" }, { select: ["name"] });
        expect(Object.keys(row ?? {}).sort()).toEqual(["id", "name"]);
        const store = await service.createHelloStores({ name: "Select" });
        await service.createHelloProducts({ title: "Plate", store_id: store.id });
        const [loaded] = await service.listHelloStores({ id: store.id }, { select: ["name", "products.title"] });
        expect(loaded).toEqual({
          id: store.id,
          name: "Select",
          products: [{ id: expect.any(String), title: "Plate" }],
        });
        expect((await errorOf(service.listHelloStores({}, { relations: ["nope"] }))).type).toBe("invalid_data");
      });

      it("loads a page with its relations in a fixed number of queries", async () => {
        const count = async (take: number) => {
          db.resetQueryCount();
          await service.listHelloStores({}, { take, relations: ["products", "products.orders"] });
          return db.queryCount();
        };
        for (let i = 0; i < 6; i++) {
          const store = await service.createHelloStores({ name: `Bulk ${i}` });
          await service.createHelloProducts([
            { title: `B${i}a`, store_id: store.id },
            { title: `B${i}b`, store_id: store.id },
          ]);
        }
        expect(await count(6)).toBe(await count(1));
      });
    });

    describe("retrieve", () => {
      it("answers NOT_FOUND for an unknown or soft-deleted id, INVALID_DATA for an empty one", async () => {
        expect(await errorOf(service.retrieveMyCustom("mc_missing"))).toMatchObject({
          type: "not_found",
          message: "MyCustom with id: mc_missing was not found",
        });
        const zed = (await service.listMyCustoms({ name: "Zed" }, { withDeleted: true }))[0];
        expect((await errorOf(service.retrieveMyCustom(zed?.id ?? ""))).type).toBe("not_found");
        expect((await errorOf(service.retrieveMyCustom(""))).type).toBe("invalid_data");
      });
    });

    describe("update and upsert", () => {
      it("updates one by id, many by a list, and by { selector, data }", async () => {
        const [a, b] = await service.createMyCustoms([
          { name: "U1", age: 1 },
          { name: "U2", age: 1 },
        ]);
        expect((await service.updateMyCustoms({ id: a?.id ?? "", age: 2 })).age).toBe(2);
        const many = await service.updateMyCustoms([
          { id: a?.id ?? "", age: 3 },
          { id: b?.id ?? "", age: 3 },
        ]);
        expect(many.map((r) => r.age)).toEqual([3, 3]);
        const bySelector = await service.updateMyCustoms({
          selector: { name: { $in: ["U1", "U2"] } },
          data: { has_account: true },
        });
        expect(bySelector.map((r) => r.name).sort()).toEqual(["U1", "U2"]);
        expect((await service.listMyCustoms({ name: ["U1", "U2"], has_account: true })).length).toBe(2);
        expect((await service.listMyCustoms({ name: "Bob" }))[0]?.has_account).toBe(false);
      });

      it("an update of an unknown id is NOT_FOUND and rolls back the rest of the batch", async () => {
        const row = await service.createMyCustoms({ name: "Batch", age: 1 });
        const error = await errorOf(
          service.updateMyCustoms([
            { id: row.id, age: 99 },
            { id: "mc_missing", age: 99 },
          ]),
        );
        expect(error).toMatchObject({ type: "not_found", message: "MyCustom with id: mc_missing was not found" });
        expect((await service.retrieveMyCustom(row.id)).age).toBe(1);
      });

      it("an update without its key is INVALID_DATA", async () => {
        expect(await errorOf(service.updateHelloCounters({ label: "no key" }))).toMatchObject({
          type: "invalid_data",
          field: ["age"],
        });
      });

      it("upsert creates what is new and updates what exists", async () => {
        const existing = await service.createMyCustoms({ name: "Up", age: 1 });
        const rows = await service.upsertMyCustoms([
          { id: existing.id, name: "Up", age: 2 },
          { name: "Fresh", age: 5 },
        ]);
        expect(rows.map((r) => [r.name, r.age])).toEqual([
          ["Up", 2],
          ["Fresh", 5],
        ]);
        expect(rows[0]?.id).toBe(existing.id);
        expect(rows[1]?.id).toMatch(/^mc_/);
      });
    });
  },
});
