import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaClient } from "../../generated/prisma/client.ts";
import { lockDataDir } from "./data-dir-lock.ts";
import { namesStatements, statementNamer } from "./statement-names.ts";
import { inBackgroundWork } from "./background-work.ts";
import { migrate, pgConn, pgliteConn, type SqlConn } from "./migrate.ts";
import type { ConfigModule } from "../config/types.ts";
import { currentProject } from "../paths.ts";

/** A Prisma client bound to a transaction; module services receive it through the shared context. */
export type TransactionClient = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dir: string; loadDataDir?: Blob };

/** Where the configured database lives: PostgreSQL when a URL is set, else embedded PGlite. */
export function databaseTarget(config: ConfigModule): DatabaseTarget {
  const { databaseUrl, databaseDir } = config.projectConfig;
  return databaseUrl
    ? { kind: "postgres", url: databaseUrl }
    : { kind: "pglite", dir: path.resolve(currentProject().root, databaseDir) };
}

/** The database the app talks to: one Prisma client plus what tests and the CLI need around it. */
export interface Database {
  readonly kind: DatabaseTarget["kind"];
  readonly prisma: PrismaClient;
  /** SQL statements sent since the last reset; tests use it to prove a query has no N+1. */
  queryCount(): number;
  resetQueryCount(): void;
  /** Runs pending migrations; returns the names applied. */
  migrate(log?: (message: string) => void): Promise<string[]>;
  /** Runs `fn` with a raw connection (migrations, template dumps). */
  withConnection<T>(fn: (conn: SqlConn) => Promise<T>): Promise<T>;
  /** A dump of the embedded data directory (PGlite only), for fast test templates. */
  dumpDataDir?(): Promise<Blob>;
  close(): Promise<void>;
}

export async function openDatabase(target: DatabaseTarget, options: { logSql?: boolean } = {}): Promise<Database> {
  let adapter;
  let closeDriver = async () => {};
  let withConnection: Database["withConnection"];
  let dumpDataDir: Database["dumpDataDir"];
  if (target.kind === "pglite") {
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    const onDisk = !target.loadDataDir && !target.dir.startsWith("memory://");
    if (onDisk) mkdirSync(target.dir, { recursive: true });
    // One process per data directory: a second PGlite on the same files corrupts them.
    const unlock = onDisk ? lockDataDir(target.dir) : () => {};
    let pglite;
    try {
      pglite = target.loadDataDir ? new PGlite({ loadDataDir: target.loadDataDir }) : new PGlite(target.dir);
      await pglite.waitReady;
    } catch (error) {
      unlock();
      throw error;
    }
    // pglite-prisma-adapter 0.7 maps SQLSTATEs itself (P2002, P2003, ...), as @prisma/adapter-pg does.
    adapter = new PrismaPGlite(pglite);
    // prisma.$disconnect() does not close PGlite; left open, the process never exits.
    const opened = pglite;
    closeDriver = async () => {
      try {
        await opened.close();
      } finally {
        unlock();
      }
    };
    withConnection = (fn) => fn(pgliteConn(pglite));
    dumpDataDir = () => pglite.dumpDataDir("none") as Promise<Blob>;
  } else {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    adapter = new PrismaPg(
      { connectionString: target.url },
      namesStatements(target.url) ? { statementNameGenerator: statementNamer() } : {},
    );
    withConnection = async (fn) => {
      const pg = (await import("pg")).default;
      const client = new pg.Client({ connectionString: target.url });
      await client.connect();
      try {
        return await fn(pgConn(client));
      } finally {
        await client.end();
      }
    };
  }
  const prisma = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  let count = 0;
  const logSql = options.logSql ?? Boolean(process.env.LOG_SQL);
  prisma.$on("query", (event) => {
    // Statements of background work (outbox relay, sweeper) are not a request's: tests count requests.
    if (!inBackgroundWork()) count++;
    if (logSql) console.log("SQL:", event.query);
  });
  return {
    kind: target.kind,
    prisma,
    queryCount: () => count,
    resetQueryCount: () => {
      count = 0;
    },
    migrate: (log = () => {}) => withConnection((conn) => migrate(conn, undefined, log)),
    withConnection,
    dumpDataDir,
    close: async () => {
      await prisma.$disconnect();
      await closeDriver();
    },
  };
}
