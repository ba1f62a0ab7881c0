// Minimal migration runner: applies <dir>/*/migration.sql in name order, the product's folder
// (prisma/migrations) first, then the project's (see paths.ts), each in its own transaction, and records them in Prisma's own `_prisma_migrations` table format
// (checksum = sha256 hex of the file), so `prisma migrate status/deploy` would agree with it.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { migrationDirs } from "../paths.ts";

export interface SqlConn {
  exec(sql: string): Promise<unknown>; // multi-statement script, no parameters
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}
// Drivers type rows loosely; a query's caller names the row shape it selected.
type PgLike = { query: (sql: string, params?: unknown[]) => Promise<{ rows: unknown[] }> };
type PgliteLike = PgLike & { exec: (sql: string) => Promise<unknown> };
export const pgConn = (c: PgLike): SqlConn => ({
  exec: (sql) => c.query(sql),
  query: async <T>(sql: string, p?: unknown[]) => (await c.query(sql, p)).rows as T[],
});
export const pgliteConn = (db: PgliteLike): SqlConn => ({
  exec: (sql) => db.exec(sql),
  query: async <T>(sql: string, p?: unknown[]) => (await db.query(sql, p)).rows as T[],
});

const LOCK_ID = 72707369; // any constant; all runners must use the same one

/** The migrations of one folder, in name order, as their names and files. */
function migrationsIn(dir: string): { name: string; file: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => ({ name: d.name, file: path.join(dir, d.name, "migration.sql") }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Applies the pending migrations of a folder or of several, folder by folder; returns the names applied. */
export async function migrate(
  conn: SqlConn,
  dirs: string | readonly string[] = migrationDirs(),
  log: (m: string) => void = console.log,
): Promise<string[]> {
  const migrations = (typeof dirs === "string" ? [dirs] : dirs).flatMap(migrationsIn);
  const twice = migrations.find((m, i) => migrations.findIndex((o) => o.name === m.name) !== i);
  // _prisma_migrations knows a migration by its name only.
  if (twice) throw new Error(`migration ${twice.name} exists in two migration folders`);
  await conn.query("SELECT pg_advisory_lock($1)", [LOCK_ID]); // serialise concurrent runners
  try {
    await conn.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const rows = await conn.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    const done: string[] = [];
    for (const { name, file } of migrations) {
      const sql = readFileSync(file, "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      if (applied.has(name)) {
        if (applied.get(name) !== checksum) throw new Error(`migration ${name} was modified after it was applied`);
        continue;
      }
      await conn.exec("BEGIN");
      try {
        await conn.exec(sql);
        await conn.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), clock_timestamp(), 1)`,
          [randomUUID(), checksum, name],
        );
        await conn.exec("COMMIT");
      } catch (e) {
        await conn.exec("ROLLBACK");
        throw new Error(`migration ${name} failed: ${(e as Error).message}`);
      }
      log(`applied ${name}`);
      done.push(name);
    }
    return done;
  } finally {
    await conn.query("SELECT pg_advisory_unlock($1)", [LOCK_ID]);
  }
}
