// Prisma 6.19 CLI config: fully offline, WASM schema engine ("engine: js") driven through an
// in-memory PGlite. Used only to generate the client and to compute migration SQL; migrations
// are applied by src/db/migrate.ts (works for PGlite and real Postgres).
import { defineConfig } from "prisma/config";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";

// Without this the CLI first tries to download the native query engine from binaries.prisma.sh and
// fails. Nothing loads it: the client uses engineType "client", the CLI the WASM schema engine.
// Do NOT also fake PRISMA_SCHEMA_ENGINE_BINARY: not needed with engine "js" (and on Prisma 7 it
// turns `migrate deploy`/`migrate diff` into silent no-ops that exit 0).
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= "/bin/true";
// The schema's datasource must have url = env("DATABASE_URL") to validate; the value is unused.
process.env.DATABASE_URL ??= "postgresql://unused@localhost:5432/unused";

// pglite-prisma-adapter 0.6.1 passes multi-statement migration scripts to executeRaw ->
// PGlite.query() (extended protocol): the shadow-DB replay then fails with P3006
// "cannot insert multiple commands into a prepared statement". Use PGlite.exec() instead.
type ScriptAdapter = {
  client: PGlite;
  executeRaw: (q: { sql: string; args: unknown[] }) => Promise<number>;
  executeScript: (script: string) => Promise<void>;
};
function execScriptsViaSimpleProtocol<T>(adapter: T): T {
  const a = adapter as unknown as ScriptAdapter;
  const executeRaw = a.executeRaw.bind(a);
  a.executeRaw = async (q) => {
    if (q.args.length > 0) return executeRaw(q);
    const results = await a.client.exec(q.sql);
    return results.reduce((n, r) => n + (r.affectedRows ?? 0), 0);
  };
  a.executeScript = async (script) => {
    await a.client.exec(script);
  };
  return adapter;
}
class MigratablePGlite extends PrismaPGlite {
  override async connect() {
    return execScriptsViaSimpleProtocol(await super.connect());
  }
  override async connectToShadowDb() {
    return execScriptsViaSimpleProtocol(await super.connectToShadowDb());
  }
}

// Always in-memory: the CLI never closes PGlite, and a file-backed PGlite directory that was not
// closed cleanly makes every later CLI run hang after it finishes (PGlite keeps re-arming a timer).
// The CLI also calls adapter() twice per command: share one instance.
let pglite: PGlite | undefined;
const mainDatabase = () => {
  pglite ??= new PGlite("memory://");
  return new MigratablePGlite(pglite);
};

/** What PGlite 0.5.16 answers to the schema engine's version probe (the one query of a datamodel diff). */
const pgliteVersion = { version: "PostgreSQL 18.6 (PGlite 0.5.16) on wasm32-unknown-emscripten", number: 180006 };

/**
 * The main connection under TESSERA_PRISMA_OFFLINE=1, which `db:generate`/`db:check` set for
 * `migrate diff`: the WASM schema engine connects before every diff but only asks the server's
 * version (a replay of the migrations runs on the shadow database). Answering that without a
 * database saves PGlite's initdb, about 8 s of CPU per run; anything else is refused by name.
 */
function offlineConnection() {
  const refuse = (what: string) => () =>
    Promise.reject(new Error(`TESSERA_PRISMA_OFFLINE: this Prisma command needs a database (${what})`));
  return {
    provider: "postgres" as const,
    adapterName: "pglite-prisma-adapter",
    getConnectionInfo: () => ({ schemaName: undefined, supportsRelationJoins: true }),
    queryRaw: async (query: { sql: string }) => {
      if (!/\bversion\(\)/.test(query.sql) || !query.sql.includes("server_version_num")) return refuse(query.sql)();
      // Column types of @prisma/driver-adapter-utils: Boolean 5, Text 7, Int32 0.
      return {
        columnNames: ["exists", "version", "numeric_version"],
        columnTypes: [5, 7, 0],
        rows: [[true, pgliteVersion.version, pgliteVersion.number]],
      };
    },
    executeRaw: refuse("executeRaw"),
    executeScript: refuse("executeScript"),
    startTransaction: refuse("startTransaction"),
    dispose: async () => {},
  };
}

/**
 * Starts PGlite (an initdb in WASM: about 8 s of CPU) only when the CLI connects: `generate` and
 * `--version` ask for the adapter but never connect. The shadow database (a replay of the
 * migrations) is PGlite's own `memory://shadow` instance.
 */
const lazyAdapter = {
  provider: "postgres" as const,
  adapterName: "pglite-prisma-adapter",
  connect: async () => (process.env.TESSERA_PRISMA_OFFLINE === "1" ? offlineConnection() : mainDatabase().connect()),
  connectToShadowDb: () => new MigratablePGlite(undefined as unknown as PGlite).connectToShadowDb(),
};

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  // The product's .prisma files (src/) and the example project's (examples/seed/src), through the
  // symlinks in prisma/schema: one client serves both, so the example code type-checks.
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    return lazyAdapter as unknown as PrismaPGlite;
  },
});
