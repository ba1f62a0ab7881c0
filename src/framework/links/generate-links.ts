import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateMigration, pendingSchemaChanges, type GeneratedMigration } from "../database/generate-migration.ts";
import type { SqlStatement } from "../database/migration-sql.ts";
import { currentProject, extensionDirs, projectRoot } from "../paths.ts";
import { importLinkFiles, linksDir } from "./load-links.ts";
import { linkTablesIn, renderLinkIndexes, renderLinksPrisma } from "./prisma-schema.ts";

export const linksPrismaFile = (dir = linksDir) => path.join(dir, "links.prisma");
const indexesFile = (dir = linksDir) => path.join(dir, "indexes.sql");
const read = (file: string) => (existsSync(file) ? readFileSync(file, "utf8") : "");

/** What src/links/links.prisma and indexes.sql should hold for the link files as they are. */
export async function expectedLinkFiles(dir = linksDir): Promise<{ schema: string; indexes: string }> {
  const links = await importLinkFiles(dir);
  return { schema: renderLinksPrisma(links), indexes: renderLinkIndexes(links) };
}

/**
 * True when a links.prisma (the product's or the project's) no longer matches its src/links/*.ts
 * (db:migrate and db:check refuse then).
 */
export async function linksSchemaOutOfDate(dirs: readonly string[] = extensionDirs("links")): Promise<boolean> {
  for (const dir of dirs) {
    const expected = await expectedLinkFiles(dir);
    if (read(linksPrismaFile(dir)) !== expected.schema || read(indexesFile(dir)) !== expected.indexes) return true;
  }
  return false;
}

/** The links folder `db:generate links` writes: the current project's. */
const projectLinksDir = () => path.join(currentProject().sourceRoot, "links");

/** Statements that lose data: dropped tables and columns, or a column retyped. */
export function destructiveStatements(statements: readonly SqlStatement[]): SqlStatement[] {
  return statements.filter((s) => /\bDROP TABLE\b|\bDROP COLUMN\b|\bALTER COLUMN\b[^;]*\bTYPE\b/i.test(s.sql));
}

export interface LinkGeneration {
  /** Set when nothing was written because the change would drop data and allowDrop was not given. */
  refused?: SqlStatement[];
  migration?: GeneratedMigration;
  removedTables: string[];
}

/**
 * `db:generate links`: rewrites links.prisma and indexes.sql from src/links/*.ts, regenerates
 * the Prisma client and writes the migration of the link tables. A change that would drop a
 * table or a column is refused (and nothing is written) unless `allowDrop`.
 */
export async function generateLinks(options: { allowDrop?: boolean; now?: Date } = {}): Promise<LinkGeneration> {
  const dir = projectLinksDir();
  const previous = { schema: read(linksPrismaFile(dir)), indexes: read(indexesFile(dir)) };
  const next = await expectedLinkFiles(dir);
  const oldTables = linkTablesIn(previous.schema);
  const tables = new Set([...oldTables, ...linkTablesIn(next.schema)]);
  const removedTables = oldTables.filter((t) => !linkTablesIn(next.schema).includes(t));
  writeFileSync(linksPrismaFile(dir), next.schema);
  writeFileSync(indexesFile(dir), next.indexes);
  // The client only needs regenerating when the link models changed. It is generated while the
  // diff runs (two processes, two cores); a refused change puts the files back and generates again.
  const generating = previous.schema !== next.schema ? regenerateClient() : undefined;
  const settled = () => generating?.catch(() => undefined);
  let pending: SqlStatement[];
  try {
    pending = pendingSchemaChanges();
  } catch (error) {
    await settled();
    throw error;
  }
  const mine = pending.filter((s) => s.table && tables.has(s.table));
  const destructive = destructiveStatements(mine);
  if (destructive.length && !options.allowDrop) {
    await settled();
    writeFileSync(linksPrismaFile(dir), previous.schema);
    writeFileSync(indexesFile(dir), previous.indexes);
    if (generating) await regenerateClient();
    return { refused: destructive, removedTables };
  }
  await generating;
  return { migration: generateMigration("links", dir, options.now, [...tables], pending), removedTables };
}

function regenerateClient(): Promise<void> {
  const generate = spawn(
    process.execPath,
    [path.join(projectRoot, "node_modules", "prisma", "build", "index.js"), "generate"],
    {
      cwd: projectRoot,
      stdio: ["ignore", "pipe", "pipe"],
      // The Pothos generator is a bin of node_modules, as under `npx prisma generate`.
      env: {
        ...process.env,
        CHECKPOINT_DISABLE: "1",
        PATH: `${path.join(projectRoot, "node_modules", ".bin")}${path.delimiter}${process.env.PATH ?? ""}`,
      },
    },
  );
  let output = "";
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  generate.stdout.on("data", collect);
  generate.stderr.on("data", collect);
  return new Promise((resolve, reject) => {
    generate.on("error", reject);
    generate.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`prisma generate failed:\n${output}`))));
  });
}
