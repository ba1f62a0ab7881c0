import path from "node:path";
import { loadConfig } from "../config/load-config.ts";
import { generateMigration, pendingHandWritten, pendingSchemaChanges } from "../database/generate-migration.ts";
import { generateLinks, linksSchemaOutOfDate } from "../links/generate-links.ts";
import { moduleDir, moduleEntries } from "../modules/load-modules.ts";
import { currentProject, extensionDirs, projectRoot } from "../paths.ts";

const linksOutOfDateMessage =
  "src/links/links.prisma is out of date with src/links/*.ts; run `tessera db:generate links` first (with TESSERA_PROJECT for a project's links).";

/** The folders of the modules the project config loads (core modules included). */
async function configuredModuleDirs(config: Awaited<ReturnType<typeof loadConfig>>): Promise<string[]> {
  return (await moduleEntries(config)).flatMap((e) => (typeof e.resolve === "string" ? [moduleDir(e.resolve)] : []));
}

/** `db:generate links [--allow-drop]`: link tables from src/links; refuses to drop data without the flag. */
async function dbGenerateLinks(allowDrop: boolean): Promise<number> {
  const result = await generateLinks({ allowDrop });
  if (result.refused) {
    console.error(
      `Refusing to drop data without --allow-drop. The link changes would run:\n  ${result.refused
        .map((s) =>
          s.sql
            .split("\n")
            .filter((l) => !l.startsWith("--"))
            .join(" "),
        )
        .join("\n  ")}`,
    );
    return 1;
  }
  if (result.removedTables.length) console.log(`Dropping link table(s): ${result.removedTables.join(", ")}`);
  const migration = result.migration;
  if (migration?.file)
    console.log(`Created ${path.relative(projectRoot, migration.file)} (${migration.statements} statements)`);
  else console.log("No changes for links.");
  return 0;
}

/** `db:generate <module>`: the module is named by its container key or its folder name; `links` for link tables. */
export async function dbGenerate(
  positionals: string[],
  flags: Record<string, string | boolean | undefined> = {},
): Promise<number> {
  const [moduleName] = positionals;
  if (!moduleName) {
    console.error("Missing argument: db:generate <module> (e.g. db:generate product, db:generate links)");
    return 1;
  }
  if (moduleName === "links") return dbGenerateLinks(flags["allow-drop"] === true);
  const config = await loadConfig(currentProject().root);
  const dirs = await configuredModuleDirs(config);
  let dir = dirs.find((d) => path.basename(d) === moduleName);
  if (!dir) {
    for (const candidate of dirs) {
      const mod = (await import(path.join(candidate, "index.ts"))) as { default?: { name?: string } };
      if (mod.default?.name === moduleName) dir = candidate;
    }
  }
  if (!dir) {
    console.error(
      `Unknown module "${moduleName}". Configured modules: ${dirs.map((d) => path.basename(d)).join(", ")}`,
    );
    return 1;
  }
  const result = generateMigration(path.basename(dir), dir);
  if (result.file) console.log(`Created ${path.relative(projectRoot, result.file)} (${result.statements} statements)`);
  else console.log(`No changes for module ${moduleName}.`);
  if (result.leftForOthers.length) {
    const tables = [...new Set(result.leftForOthers.map((s) => s.table ?? "?"))].join(", ");
    console.log(`Pending changes of other modules were left out: ${tables}`);
  }
  return 0;
}

/** `db:migrate`: applies pending migrations to the configured database. */
export async function dbMigrate(): Promise<number> {
  if (await linksSchemaOutOfDate()) {
    console.error(linksOutOfDateMessage);
    return 1;
  }
  const config = await loadConfig(currentProject().root);
  // Loaded here: the Prisma client is for db:migrate alone, not for db:generate or db:check.
  const { databaseTarget, openDatabase } = await import("../database/database.ts");
  const db = await openDatabase(databaseTarget(config));
  try {
    // The runner already words each line ("applied <name>").
    const applied = await db.migrate((message) => console.log(message));
    console.log(applied.length ? `${applied.length} migration(s) applied.` : "Database is up to date.");
    return 0;
  } finally {
    await db.close();
  }
}

/**
 * `db:check`: fails when a Prisma model or a module's indexes.sql has no migration yet, in the
 * product and, with TESSERA_PROJECT, in the project (its migrations replayed after the product's).
 */
export async function dbCheck(): Promise<number> {
  if (await linksSchemaOutOfDate()) {
    console.error(linksOutOfDateMessage);
    return 1;
  }
  const config = await loadConfig(currentProject().root);
  const dirs = await configuredModuleDirs(config);
  const missing = [
    ...pendingSchemaChanges().map(
      (s) => `schema change on ${s.table ?? "?"}: ${s.sql.split("\n").find((l) => !l.startsWith("--"))}`,
    ),
    ...[...dirs, ...extensionDirs("links")].flatMap((dir) =>
      pendingHandWritten(dir).map((sql) => `${path.basename(dir)}/indexes.sql: ${sql}`),
    ),
  ];
  if (missing.length) {
    console.error(`Migrations are behind the schema; run db:generate <module>:\n  ${missing.join("\n  ")}`);
    return 1;
  }
  console.log("Migrations match the schema.");
  return 0;
}
