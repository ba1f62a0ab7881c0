import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { migrate, pgConn, pgliteConn } from "../src/framework/database/migrate.ts";
import { migrationsDir, projectPaths } from "../src/framework/paths.ts";

const quiet = () => {};
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

function copyMigrations(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "tessera-migrations-"));
  cpSync(migrationsDir, dir, { recursive: true });
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const committed = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe("migrations on PGlite", () => {
  it("applies every migration in order, records it, and is idempotent", async () => {
    const db = new PGlite("memory://");
    cleanups.push(() => db.close());
    const applied = await migrate(pgliteConn(db), copyMigrations(), quiet);
    expect(applied).toEqual(committed);
    const rows = await db.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.rows.map((r) => r.migration_name)).toEqual(committed);
    expect(rows.rows.every((r) => /^[0-9a-f]{64}$/.test(r.checksum))).toBe(true);
    const tables = await db.query<{ t: string | null }>(`SELECT to_regclass('"product"')::text AS t`);
    expect(tables.rows[0]?.t).toBe("product");
    expect(await migrate(pgliteConn(db), copyMigrations(), quiet)).toEqual([]);
  });

  it("rolls a failing migration back whole and refuses an applied migration that was edited", async () => {
    const dir = copyMigrations();
    const db = new PGlite("memory://");
    cleanups.push(() => db.close());
    await migrate(pgliteConn(db), dir, quiet);
    mkdirSync(path.join(dir, "99990101000000_broken"));
    writeFileSync(
      path.join(dir, "99990101000000_broken", "migration.sql"),
      `CREATE TABLE "half_done" (id int);\nSELECT * FROM no_such_table;`,
    );
    await expect(migrate(pgliteConn(db), dir, quiet)).rejects.toThrow(/99990101000000_broken failed/);
    expect((await db.query(`SELECT to_regclass('"half_done"') AS t`)).rows[0]).toEqual({ t: null });
    expect(
      (await db.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '99990101000000_broken'`)).rows,
    ).toEqual([]);
    rmSync(path.join(dir, "99990101000000_broken"), { recursive: true });
    appendFileSync(path.join(dir, committed[0] as string, "migration.sql"), "\n-- edited after it was applied\n");
    await expect(migrate(pgliteConn(db), dir, quiet)).rejects.toThrow(
      `migration ${committed[0]} was modified after it was applied`,
    );
  });
});

describe("a project's migrations (examples/seed)", () => {
  const seed = projectPaths("examples/seed").migrationsDir;
  const seedNames = readdirSync(seed, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const tableOf = async (db: PGlite, table: string) =>
    (await db.query<{ t: string | null }>(`SELECT to_regclass('"${table}"')::text AS t`)).rows[0]?.t ?? null;

  it(
    "are applied after the product's; a default install gets none of the example tables",
    { timeout: 240_000 },
    async () => {
      const product = new PGlite("memory://");
      cleanups.push(() => product.close());
      await migrate(pgliteConn(product), migrationsDir, quiet);
      expect(
        await Promise.all(["my_custom", "brand", "manager", "link_product_brand"].map((t) => tableOf(product, t))),
      ).toEqual([null, null, null, null]);
      const db = new PGlite("memory://");
      cleanups.push(() => db.close());
      expect(await migrate(pgliteConn(db), [migrationsDir, seed], quiet)).toEqual([...committed, ...seedNames]);
      expect(
        await Promise.all(["my_custom", "brand", "manager", "link_product_brand"].map((t) => tableOf(db, t))),
      ).toEqual(["my_custom", "brand", "manager", "link_product_brand"]);
    },
  );

  it(
    "leave an install migrated before the examples moved out as it is: its example tables stay, nothing runs twice",
    { timeout: 240_000 },
    async () => {
      // Before the move every migration sat in prisma/migrations.
      const before = copyMigrations();
      cpSync(seed, before, { recursive: true });
      const db = new PGlite("memory://");
      cleanups.push(() => db.close());
      await migrate(pgliteConn(db), before, quiet);
      expect(await migrate(pgliteConn(db), migrationsDir, quiet)).toEqual([]);
      expect(await tableOf(db, "brand")).toBe("brand");
      expect(await migrate(pgliteConn(db), [migrationsDir, seed], quiet)).toEqual([]);
    },
  );

  it("refuses a migration name found in two folders", async () => {
    const db = new PGlite("memory://");
    cleanups.push(() => db.close());
    await expect(migrate(pgliteConn(db), [migrationsDir, copyMigrations()], quiet)).rejects.toThrow(
      `migration ${committed[0]} exists in two migration folders`,
    );
  });
});

const adminUrl = process.env.TEST_DATABASE_URL;

// Advisory locks only matter with real concurrent connections: this part needs a PostgreSQL
// server, so it is declared only when TEST_DATABASE_URL names one (CI's second run).
if (adminUrl)
  describe("migrations on PostgreSQL", () => {
    it("concurrent runners apply each migration exactly once", async () => {
      const name = `tessera_migrate_${process.pid}_${Date.now()}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      cleanups.push(async () => {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      });
      const url = new URL(adminUrl as string);
      url.pathname = `/${name}`;
      const clients = [0, 1, 2].map(() => new pg.Client({ connectionString: url.toString() }));
      await Promise.all(clients.map((c) => c.connect()));
      cleanups.push(() => Promise.all(clients.map((c) => c.end())).then(() => undefined));
      const results = await Promise.all(clients.map((c) => migrate(pgConn(c), migrationsDir, quiet)));
      expect(results.flat().sort()).toEqual(committed);
      expect(results.filter((r) => r.length === 0)).toHaveLength(2);
      const { rows } = await (clients[0] as pg.Client).query<{ migration_name: string }>(
        `SELECT migration_name FROM "_prisma_migrations" ORDER BY 1`,
      );
      expect(rows.map((r) => r.migration_name)).toEqual(committed);
    });
  });
