import { existsSync } from "node:fs";
import path from "node:path";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import type { Linkable, ModuleDefinition } from "../modules/module.ts";
import { importCode, sourceRoot } from "../paths.ts";
import { builder } from "./builder.ts";
import { withInContextDirective } from "./in-context.ts";

/** The API layer's GraphQL entry (its mutations), found by convention like `src/api` routes. */
export const apiGraphQLEntry = path.join(sourceRoot, "api", "graphql", "index.ts");

/** What schema assembly needs of a loaded module: its folder (graphql/) and its models. */
export interface SchemaModule {
  dir: string;
  definition: ModuleDefinition;
}

/**
 * Assembles the schema: the framework's base types first, then each module's `graphql/index.ts`
 * (whose imports register types on the shared builder), the links' fields, and last the API
 * layer's mutations (`src/api/graphql/index.ts`), which name the types registered before them.
 */
export async function buildSchema(
  modules: readonly SchemaModule[],
  extraEntries: readonly string[] = [],
): Promise<GraphQLSchema> {
  await import("./scalars.ts");
  await import("./money.ts");
  await import("./root-types.ts");
  await import("../events/graphql.ts");
  for (const { dir } of modules) {
    const entry = path.join(dir, "graphql", "index.ts");
    if (existsSync(entry)) await importCode(entry);
  }
  // Models no module declared a type for become readable (admin) without GraphQL code; before the
  // links, so link fields reach them too.
  const { deriveReadModels } = await import("./derived-read-model.ts");
  deriveReadModels(
    modules.flatMap(({ definition }) =>
      Object.values(definition.linkable as Record<string, Linkable>).map((l) => ({
        module: definition.name,
        def: l.model,
      })),
    ),
  );
  // Links add fields to the modules' types, so they come after every module's graphql/.
  const { addLinkFields } = await import("../links/graphql-fields.ts");
  const { allLinks } = await import("../links/registry.ts");
  addLinkFields(allLinks());
  // Fields that compose several modules across links (a variant's price with taxes) come last;
  // src/links/graphql/index.ts adds each only when the links and modules it needs are loaded.
  const { linksDir } = await import("../links/load-links.ts");
  const composed = path.join(linksDir, "graphql", "index.ts");
  if (existsSync(composed)) await importCode(composed);
  if (existsSync(apiGraphQLEntry)) await importCode(apiGraphQLEntry);
  for (const entry of extraEntries) await importCode(entry);
  return withInContextDirective(builder.toSchema({ sortSchema: true }));
}

/** The SDL as committed in schema/schema.graphql. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
