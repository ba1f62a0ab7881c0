import path from "node:path";
import { loadConfig } from "../config/load-config.ts";
import { moduleEntries } from "../modules/load-modules.ts";
import { projectRoot, sourceRoot } from "../paths.ts";
import { buildSchema, printSortedSchema } from "./schema.ts";

/** The SDL of the project's schema, built without a database (modules' graphql/ files only). */
export async function currentSchemaSdl(): Promise<string> {
  const config = await loadConfig(projectRoot);
  const dirs = moduleEntries(config).flatMap((e) => (typeof e.resolve === "string" ? [path.resolve(sourceRoot, e.resolve)] : []));
  return printSortedSchema(await buildSchema(dirs));
}
