import { loadConfig } from "../config/load-config.ts";
import { loadLinks } from "../links/load-links.ts";
import { importDefinition, moduleEntries } from "../modules/load-modules.ts";
import { currentProject } from "../paths.ts";
import { buildSchema, printSortedSchema } from "./schema.ts";

/** The SDL of the project's schema, built without a database (modules' graphql/ files only). */
export async function currentSchemaSdl(): Promise<string> {
  const config = await loadConfig(currentProject().root);
  const entries = (await moduleEntries(config)).flatMap((e) => (typeof e.resolve === "string" ? [e.resolve] : []));
  // One after the other: vitest's module runner hands a module still being evaluated by a parallel
  // import to the other importer (a "before initialization" error in the service factory).
  const modules: Awaited<ReturnType<typeof importDefinition>>[] = [];
  for (const resolve of entries) modules.push(await importDefinition(resolve));
  // Links add fields to the modules' types: load them as the app does.
  await loadLinks(modules.map((m) => m.definition.name));
  return printSortedSchema(await buildSchema(modules));
}
