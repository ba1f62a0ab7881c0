import path from "node:path";
import { loadConfig } from "../config/load-config.ts";
import { loadLinks } from "../links/load-links.ts";
import { importDefinition, moduleEntries } from "../modules/load-modules.ts";
import { projectRoot, sourceRoot } from "../paths.ts";
import { buildSchema, printSortedSchema } from "./schema.ts";

/** The SDL of the project's schema, built without a database (modules' graphql/ files only). */
export async function currentSchemaSdl(): Promise<string> {
  const config = await loadConfig(projectRoot);
  const entries = (await moduleEntries(config)).flatMap((e) => (typeof e.resolve === "string" ? [e.resolve] : []));
  const dirs = entries.map((resolve) => path.resolve(sourceRoot, resolve));
  // Links add fields to the modules' types: load them as the app does.
  const names = await Promise.all(entries.map(async (resolve) => (await importDefinition(resolve)).definition.name));
  await loadLinks(names);
  return printSortedSchema(await buildSchema(dirs));
}
