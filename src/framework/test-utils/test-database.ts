import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { existingMigrationSql } from "../database/migration-sql.ts";
import { openDatabase, type Database } from "../database/database.ts";
import { ident } from "../links/sql.ts";
import { currentProject, migrationDirs, projectPaths, projectRoot, type ProjectPaths } from "../paths.ts";

/** A database of its own for one test suite, migrated, dropped by `dispose`. */
export interface TestDatabase {
  db: Database;
  /** Set when the suite runs on PostgreSQL (TEST_DATABASE_URL). */
  url?: string;
  dispose(): Promise<void>;
}

const cacheDir = path.join(projectRoot, "node_modules", ".cache", "tessera");

/**
 * Identifies the migrations of a project (the product's, then its own), so templates are rebuilt
 * whenever a migration changes and a project's template is never the product's.
 */
export function migrationsHash(project = currentProject()): string {
  // The checkout's path is part of it: two checkouts testing at once must not share a template.
  return createHash("sha256")
    .update(projectRoot)
    .update(existingMigrationSql(migrationDirs(project)))
    .digest("hex")
    .slice(0, 12);
}

export const templateDatabaseName = (project = currentProject()) => `tessera_tpl_${migrationsHash(project)}`;

/** The product and the example projects (examples/<name>/tessera.config.ts) whose templates a run may build. */
function knownProjects(): ProjectPaths[] {
  const examples = path.join(projectRoot, "examples");
  const names = existsSync(examples)
    ? readdirSync(examples).filter((name) => existsSync(path.join(examples, name, "tessera.config.ts")))
    : [];
  return [projectPaths(), ...names.map((name) => projectPaths(path.join("examples", name)))];
}

function serverUrl(database: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL as string);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates the migrated template database on the server once (an advisory lock keeps it single). */
export async function ensurePostgresTemplate(): Promise<string> {
  const name = templateDatabaseName();
  await withAdmin(async (admin) => {
    await admin.query("SELECT pg_advisory_lock(727073)");
    try {
      const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      if (exists.rowCount) return;
      await admin.query(`CREATE DATABASE ${ident(name)}`);
      const db = await openDatabase({ kind: "postgres", url: serverUrl(name) });
      try {
        await db.migrate();
      } finally {
        await db.close();
      }
    } finally {
      await admin.query("SELECT pg_advisory_unlock(727073)");
    }
  });
  return name;
}

/** Drops the template databases of the product and the example projects (global teardown). */
export async function dropPostgresTemplate(): Promise<void> {
  await withAdmin(async (admin) => {
    for (const project of knownProjects())
      await admin.query(`DROP DATABASE IF EXISTS ${ident(templateDatabaseName(project))} WITH (FORCE)`);
  });
}

/** A migrated PGlite data directory dump, cached per migrations hash, so suites start in milliseconds. */
async function pgliteTemplate(): Promise<Blob> {
  const file = path.join(cacheDir, `pglite-${migrationsHash()}.tar`);
  if (!existsSync(file)) {
    const db = await openDatabase({ kind: "pglite", dir: "memory://" });
    await db.migrate();
    const dump = await (db.dumpDataDir as () => Promise<Blob>)();
    await db.close();
    mkdirSync(cacheDir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    renameSync(tmp, file);
  }
  return new Blob([readFileSync(file)]);
}

/**
 * A fresh, migrated database: in-process PGlite by default, a new PostgreSQL database (copied
 * from a migrated template) when TEST_DATABASE_URL is set.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (!process.env.TEST_DATABASE_URL) {
    const db = await openDatabase({ kind: "pglite", dir: "memory://", loadDataDir: await pgliteTemplate() });
    return { db, dispose: () => db.close() };
  }
  const template = await ensurePostgresTemplate();
  const name = `tessera_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${ident(name)} TEMPLATE ${ident(template)}`));
  const url = serverUrl(name);
  const db = await openDatabase({ kind: "postgres", url });
  return {
    db,
    url,
    dispose: async () => {
      await db.close();
      await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`));
    },
  };
}
