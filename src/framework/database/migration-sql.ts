import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { migrationDirs } from "../paths.ts";

/** A statement of a generated migration, with the table it belongs to. */
export interface SqlStatement {
  sql: string;
  table: string | undefined;
  /** The index or constraint it creates or drops, if any. */
  object: string | undefined;
}

const quoted = `"([^"]+)"`;

function describe(sql: string): SqlStatement {
  const body = sql
    .split("\n")
    .filter((l) => !l.startsWith("--"))
    .join("\n");
  const table = new RegExp(
    String.raw`(?:CREATE TABLE|ALTER TABLE|DROP TABLE|\bON|CREATE TYPE|ALTER TYPE|DROP TYPE)\s+(?:IF (?:NOT )?EXISTS\s+)?${quoted}`,
  ).exec(body)?.[1];
  const object = new RegExp(String.raw`(?:INDEX|CONSTRAINT)\s+(?:IF (?:NOT )?EXISTS\s+)?${quoted}`).exec(body)?.[1];
  return { sql: sql.trim(), table, object };
}

/** Splits Prisma's migration script into statements: each starts with a `-- Kind` comment line. */
export function splitStatements(script: string): SqlStatement[] {
  return script
    .split(/\n\s*\n(?=-- )/)
    .map((s) => s.trim())
    .filter((s) => s && !/^(--[^\n]*\n?)+$/.test(s))
    .map(describe);
}

/** The SQL of every migration already written: the product's, then the current project's. */
export function existingMigrationSql(dirs: readonly string[] = migrationDirs()): string {
  return dirs
    .filter(existsSync)
    .flatMap((dir) =>
      readdirSync(dir)
        .sort()
        .map((name) => path.join(dir, name, "migration.sql")),
    )
    .filter(existsSync)
    .map((f) => readFileSync(f, "utf8"))
    .join("\n");
}

/**
 * Names of indexes and constraints created by hand-written SQL (partial indexes, checks):
 * Prisma does not know them, so a diff would drop them; those drops are not real changes.
 */
export function handWrittenObjects(sql: string): Set<string> {
  const names = new Set<string>();
  for (const m of sql.matchAll(/CREATE (?:UNIQUE )?INDEX "([^"]+)"[^;]*WHERE/g)) names.add(m[1] as string);
  for (const m of sql.matchAll(/ADD CONSTRAINT "([^"]+)" CHECK/g)) names.add(m[1] as string);
  return names;
}

/** Drops the statements that would remove hand-written indexes and constraints. */
export function withoutHandWrittenDrops(statements: SqlStatement[], handWritten: Set<string>): SqlStatement[] {
  return statements.filter(
    (s) => !(s.object && handWritten.has(s.object) && /\bDROP (INDEX|CONSTRAINT)\b/.test(s.sql)),
  );
}
