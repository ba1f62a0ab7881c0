import { describe, expect, it } from "vitest";
import { Prisma } from "../../../../../../src/generated/prisma/client.ts";
import { TesseraError } from "../../../../../../src/framework/errors/tessera-error.ts";
import { moduleIntegrationTestRunner } from "../../../../../../src/framework/test-utils/runners.ts";
import { HELLO_MODULE } from "../index.ts";
import { errorOf } from "./error-of.ts";
import type HelloModuleService from "../service.ts";

// The seed's Data Models section: every property type, defaults, nullable, unique, primary keys
// on id / text / number, and the composite partial index carried by indexes.sql.
moduleIntegrationTestRunner<HelloModuleService>({
  project: "examples/seed",
  moduleName: HELLO_MODULE,
  resolve: "./modules/hello",
  testSuite: ({ service, db }) => {
    describe("HelloModuleService", () => {
      it("says hello world", () => {
        expect(service.getMessage()).toEqual("Hello, World!");
      });

      it("gets the default options when the module is registered without any", () => {
        expect(service.hasApiKey()).toBe(false);
      });
    });

    describe("property types", () => {
      it("stores and reads back text, number, big number, boolean, enum, date-time, JSON and array", async () => {
        const born = new Date("1990-05-17T08:30:00.000Z");
        const created = await service.createMyCustoms({
          name: "Ada",
          age: 36,
          price: new Prisma.Decimal("12345678901234567890.0123456789"),
          has_account: true,
          color: "white",
          date_of_birth: born,
          metadata: { tier: "gold", tags: ["a", "b"], nested: { n: 1 } },
          names: ["Ada", "Lovelace"],
        });
        expect(created.id).toMatch(/^mc_[0-9A-Z]{26}$/);
        const row = await service.retrieveMyCustom(created.id);
        expect(row.name).toBe("Ada");
        expect(row.age).toBe(36);
        // A big number keeps all its digits (a JS number would not).
        expect(row.price?.toFixed(10)).toBe("12345678901234567890.0123456789");
        expect(row.has_account).toBe(true);
        expect(row.color).toBe("white");
        expect(row.date_of_birth?.toISOString()).toBe(born.toISOString());
        expect(row.metadata).toEqual({ tier: "gold", tags: ["a", "b"], nested: { n: 1 } });
        expect(row.names).toEqual(["Ada", "Lovelace"]);
        expect(row.created_at).toBeInstanceOf(Date);
        expect(row.updated_at).toBeInstanceOf(Date);
        expect(row.deleted_at).toBeNull();
      });

      it("fills defaults and leaves nullable properties null", async () => {
        const row = await service.createMyCustoms({ name: "Plain" });
        expect(row).toMatchObject({
          has_account: false,
          color: "black",
          names: [],
          age: null,
          price: null,
          date_of_birth: null,
          metadata: null,
        });
      });

      it("refuses a value outside the enum as INVALID_DATA and writes nothing", async () => {
        const before = await service.listMyCustoms({}, { withDeleted: true });
        const error = await service
          .createMyCustoms({ name: "Bad", color: "purple" as "black" })
          .catch((e: unknown) => e);
        expect(TesseraError.is(error) && error.type).toBe("invalid_data");
        expect(await service.listMyCustoms({}, { withDeleted: true })).toHaveLength(before.length);
      });

      it("clears a JSON property with null", async () => {
        const row = await service.createMyCustoms({ name: "Json", metadata: { a: 1 } });
        const updated = await service.updateMyCustoms({ id: row.id, metadata: null });
        expect(updated.metadata).toBeNull();
      });
    });

    describe("unique property", () => {
      it("answers DUPLICATE_ERROR for a second user with the same email and writes nothing", async () => {
        await service.createHelloUsers({ email_address: "ada@example.com" });
        const error = await service
          .createHelloUsers([{ email_address: "bob@example.com" }, { email_address: "ada@example.com" }])
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(TesseraError);
        expect((error as TesseraError).type).toBe(TesseraError.Types.DUPLICATE_ERROR);
        // The batch is one transaction: bob was rolled back with the duplicate.
        expect(await service.listHelloUsers({ email_address: "bob@example.com" })).toEqual([]);
      });
    });

    describe("primary keys on text and number", () => {
      it("retrieves, updates, soft-deletes, restores and deletes a country by its code", async () => {
        await service.createHelloCountries([
          { code: "fr", name: "France" },
          { code: "de", name: "Germany" },
        ]);
        expect((await service.retrieveHelloCountry("fr")).name).toBe("France");
        expect((await service.updateHelloCountries({ code: "fr", name: "République française" })).name).toBe(
          "République française",
        );
        expect(await service.softDeleteHelloCountries("fr")).toEqual({ hello_country_id: ["fr"] });
        expect((await errorOf(service.retrieveHelloCountry("fr"))).type).toBe("not_found");
        await service.restoreHelloCountries("fr");
        expect((await service.retrieveHelloCountry("fr")).name).toBe("République française");
        await service.deleteHelloCountries("fr");
        expect((await service.listHelloCountries({}, { withDeleted: true })).map((c) => c.code)).toEqual(["de"]);
        const dup = await errorOf(service.createHelloCountries({ code: "de", name: "Again" }));
        expect(dup.type).toBe("duplicate_error");
      });

      it("retrieves, updates, soft-deletes, restores and deletes a counter by its number", async () => {
        await service.createHelloCounters([{ age: 7, label: "seven" }, { age: 42 }]);
        expect((await service.retrieveHelloCounter(7)).label).toBe("seven");
        expect((await service.retrieveHelloCounter(42)).label).toBe("");
        expect((await service.updateHelloCounters({ age: 42, label: "answer" })).label).toBe("answer");
        expect(await service.softDeleteHelloCounters([7])).toEqual({ hello_counter_id: [7] });
        expect((await errorOf(service.retrieveHelloCounter(7))).type).toBe("not_found");
        await service.restoreHelloCounters(7);
        expect((await service.retrieveHelloCounter(7)).label).toBe("seven");
        await service.deleteHelloCounters(7);
        expect((await service.listHelloCounters({}, { withDeleted: true })).map((c) => [c.age, c.label])).toEqual([
          [42, "answer"],
        ]);
        const upserted = await service.upsertHelloCounters([
          { age: 42, label: "updated" },
          { age: 8, label: "new" },
        ]);
        expect(upserted.map((c) => [c.age, c.label])).toEqual([
          [42, "updated"],
          [8, "new"],
        ]);
      });
    });

    describe("indexes", () => {
      it("has the composite index on name and age with its where clause", async () => {
        const rows = await db.prisma.$queryRaw<
          { indexdef: string }[]
        >`SELECT indexdef FROM pg_indexes WHERE tablename = 'my_custom' AND indexname = 'IDX_my_custom_name_age'`;
        expect(rows).toHaveLength(1);
        expect(rows[0]?.indexdef).toMatch(
          /USING btree \(name, age\) WHERE \(\(age IS NOT NULL\) AND \(deleted_at IS NULL\)\)/,
        );
      });

      it("has the single-column index on name", async () => {
        const rows = await db.prisma.$queryRaw<
          { indexdef: string }[]
        >`SELECT indexdef FROM pg_indexes WHERE tablename = 'my_custom' AND indexname = 'IDX_MY_CUSTOM_NAME'`;
        expect(rows[0]?.indexdef).toMatch(/USING btree \(name\)$/);
      });
    });
  },
});
