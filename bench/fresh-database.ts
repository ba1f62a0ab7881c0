import pg from "pg";

/** Runs `fn` on a new database of the PostgreSQL server at `serverUrl`, dropped afterwards whatever happens. */
export async function withFreshDatabase<T>(
  serverUrl: string,
  label: string,
  fn: (url: string) => Promise<T>,
): Promise<T> {
  const name = `tessera_bench_${label}_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  try {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return await fn(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}
