import pg from "pg";
import { ident } from "../src/framework/links/sql.ts";

/** A new database on a PostgreSQL server: its URL, and `drop` to remove it. */
export interface FreshDatabase {
  url: string;
  drop: () => Promise<void>;
}

/** Runs one statement on the server (the maintenance database of `serverUrl`). */
async function onServer(serverUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/**
 * Creates a new database on the PostgreSQL server at `serverUrl`; the caller drops it. For a
 * database that outlives one function (a bench that prepares data, then runs); otherwise
 * `withFreshDatabase`.
 */
export async function createFreshDatabase(serverUrl: string, label: string): Promise<FreshDatabase> {
  const name = `tessera_bench_${label}_${process.pid}_${Date.now()}`;
  await onServer(serverUrl, `CREATE DATABASE ${ident(name)}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`),
  };
}

/** Runs `fn` on a new database of the PostgreSQL server at `serverUrl`, dropped afterwards whatever happens. */
export async function withFreshDatabase<T>(
  serverUrl: string,
  label: string,
  fn: (url: string) => Promise<T>,
): Promise<T> {
  const database = await createFreshDatabase(serverUrl, label);
  try {
    return await fn(database.url);
  } finally {
    await database.drop();
  }
}
