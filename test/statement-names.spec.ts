import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../src/framework/database/database.ts";
import { namesStatements, statementNamer } from "../src/framework/database/statement-names.ts";
import { createTestDatabase, type TestDatabase } from "../src/framework/test-utils/test-database.ts";

describe("statement names: PostgreSQL parses and plans a hot statement once per connection", () => {
  it("names a text from its second use, the same name every time, and no more texts than its bound", () => {
    const name = statementNamer(2);
    expect(name({ sql: "SELECT 1" })).toBe("");
    const second = name({ sql: "SELECT 1" });
    expect(second).toMatch(/^tessera_/);
    expect(name({ sql: "SELECT 1" })).toBe(second);
    expect(second.length).toBeLessThanOrEqual(63); // PostgreSQL's identifier limit
    name({ sql: "SELECT 2" });
    expect(name({ sql: "SELECT 2" })).not.toBe(second);
    name({ sql: "SELECT 3" });
    expect(name({ sql: "SELECT 3" })).toBe(""); // the bound of 2 is reached
  });

  it("stays off for a transaction-mode pooler's URL (pgbouncer=true)", () => {
    expect(namesStatements("postgresql://u@h/db")).toBe(true);
    expect(namesStatements("postgresql://u@h/db?pgbouncer=true")).toBe(false);
  });

  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;

  let test: TestDatabase;
  const databases: Database[] = [];
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(async () => {
    for (const db of databases) await db.close();
    await test.dispose();
  });

  /** The statements this connection holds prepared, after running `hot` three times on it. */
  const preparedAfterUses = (db: Database, hot: string) =>
    db.prisma.$transaction(async (tx) => {
      for (let i = 0; i < 3; i++) await tx.$queryRawUnsafe(hot);
      return tx.$queryRawUnsafe<{ statement: string }[]>("SELECT statement FROM pg_prepared_statements");
    });

  it("holds a statement the app sends again prepared on the connection", async () => {
    const hot = "SELECT count(*)::int AS n FROM cart WHERE deleted_at IS NULL";
    const prepared = await preparedAfterUses(test.db, hot);
    expect(prepared.map((p) => p.statement)).toContain(hot);
  });

  it("prepares nothing through a URL marked pgbouncer=true", async () => {
    const pooled = new URL(test.url ?? "");
    pooled.searchParams.set("pgbouncer", "true");
    const db = await openDatabase({ kind: "postgres", url: pooled.toString() });
    databases.push(db);
    const prepared = await preparedAfterUses(db, "SELECT count(*)::int AS n FROM cart WHERE completed_at IS NULL");
    expect(prepared).toEqual([]);
  });
});
