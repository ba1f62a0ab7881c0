import { dropPostgresTemplate, ensurePostgresTemplate } from "./test-database.ts";

/** vitest global setup: build the PostgreSQL template once per run and drop it afterwards. */
export async function setup(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) await ensurePostgresTemplate();
}

export async function teardown(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) await dropPostgresTemplate();
}
