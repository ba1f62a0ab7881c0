import { loadConfig } from "../config/load-config.ts";
import { loadLinks } from "../links/load-links.ts";
import { importDefinition, moduleDir, moduleEntries } from "../modules/load-modules.ts";
import { currentProject } from "../paths.ts";
import { buildSchema, printSortedSchema } from "./schema.ts";

/** The SDL of the project's schema, built without a database (modules' graphql/ files only). */
export async function currentSchemaSdl(): Promise<string> {
  const config = await loadConfig(currentProject().root);
  const entries = moduleEntries(config).flatMap((e) => (typeof e.resolve === "string" ? [e.resolve] : []));
  const dirs = entries.map(moduleDir);
  // Links add fields to the modules' types: load them as the app does.
  const names = await Promise.all(entries.map(async (resolve) => (await importDefinition(resolve)).definition.name));
  await loadLinks(names);
  return printSortedSchema(await buildSchema(dirs));
}
