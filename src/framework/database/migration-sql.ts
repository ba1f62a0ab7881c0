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

/** Splits a column list at its top-level commas: `"a", lower("b")` gives `a` and `lower(b)`. */
function columnList(list: string): string[] {
  const columns: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of list.replaceAll('"', "")) {
    if (ch === "," && depth === 0) {
      columns.push(current.trim());
      current = "";
      continue;
    }
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    current += ch;
  }
  return [...columns, current.trim()].filter(Boolean);
}

/**
 * The columns (or expressions) of every unique index and unique constraint the migrations create,
 * by name; a later definition of a name replaces an earlier one. PostgreSQL names only the index
 * of a violated unique constraint, and @prisma/adapter-pg passes just that name on.
 */
export function uniqueIndexColumns(sql: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const definitions = [
    /CREATE UNIQUE INDEX (?:IF NOT EXISTS )?"([^"]+)" ON "[^"]+"\s*(?:USING \w+\s*)?\(([^;]*?)\)\s*(?:WHERE [^;]*)?;/g,
    /ADD CONSTRAINT "([^"]+)" UNIQUE\s*\(([^;]*?)\)\s*;/g,
  ];
  for (const definition of definitions)
    for (const m of sql.matchAll(definition)) found.set(m[1] as string, columnList(m[2] as string));
  return found;
}

/** Drops the statements that would remove hand-written indexes and constraints. */
export function withoutHandWrittenDrops(statements: SqlStatement[], handWritten: Set<string>): SqlStatement[] {
  return statements.filter(
    (s) => !(s.object && handWritten.has(s.object) && /\bDROP (INDEX|CONSTRAINT)\b/.test(s.sql)),
  );
}
