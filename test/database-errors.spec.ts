import { describe, expect, it } from "vitest";
import { uniqueIndexColumns } from "../src/framework/database/migration-sql.ts";
import { fromDatabaseError } from "../src/framework/errors/database-errors.ts";
import { TesseraError } from "../src/framework/errors/tessera-error.ts";

/** A P2002 as Prisma 7 throws it: the driver's constraint is in meta.driverAdapterError, no meta.target. */
const p2002 = (cause: Record<string, unknown>) =>
  Object.assign(new Error("Unique constraint failed"), {
    name: "PrismaClientKnownRequestError",
    code: "P2002",
    meta: {
      modelName: "CustomerGroup",
      driverAdapterError: { name: "DriverAdapterError", cause: { originalCode: "23505", ...cause } },
    },
  });

describe("a duplicate value names its input field on either driver", () => {
  it("from the fields pglite-prisma-adapter reads off the error detail", () => {
    const error = fromDatabaseError(p2002({ kind: "UniqueConstraintViolation", constraint: { fields: ["name"] } }));
    expect(TesseraError.is(error) && [error.type, error.field]).toEqual([TesseraError.Types.DUPLICATE_ERROR, ["name"]]);
  });

  // Regression: on PostgreSQL, Prisma 7 with @prisma/adapter-pg gives only the index name, and the
  // duplicate came back with `field: null` (storefront-customer-auth.spec on CI).
  it("from the index name @prisma/adapter-pg passes on, looked up in the migrations", () => {
    const byIndex = (index: string) =>
      fromDatabaseError(p2002({ kind: "UniqueConstraintViolation", constraint: { index }, table: "t" }));
    const group = byIndex("IDX_customer_group_name_unique");
    expect(TesseraError.is(group) && group.field).toEqual(["name"]);
    const email = byIndex("IDX_customer_email_has_account_unique");
    expect(TesseraError.is(email) && email.field).toEqual(["email"]);
    const unknown = byIndex("no_such_index");
    expect(TesseraError.is(unknown) && [unknown.type, unknown.field]).toEqual([
      TesseraError.Types.DUPLICATE_ERROR,
      undefined,
    ]);
  });
});

describe("uniqueIndexColumns", () => {
  it("reads unique indexes, expression and partial ones included, and unique constraints", () => {
    const sql = [
      'CREATE UNIQUE INDEX "a_key" ON "a"("code");',
      'CREATE UNIQUE INDEX "IDX_b" ON "b" (lower("email"), "store_id") WHERE "deleted_at" IS NULL;',
      'ALTER TABLE "c" ADD CONSTRAINT "c_pair" UNIQUE ("x", "y");',
      'CREATE INDEX "not_unique" ON "a"("other");',
    ].join("\n");
    expect(Object.fromEntries(uniqueIndexColumns(sql))).toEqual({
      a_key: ["code"],
      IDX_b: ["lower(email)", "store_id"],
      c_pair: ["x", "y"],
    });
  });
});
