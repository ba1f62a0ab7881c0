import { asValue } from "awilix";
import type { GraphQLSchema } from "graphql";
import type { TesseraContainer } from "../container/container.ts";
import type { LoadedModule } from "../modules/load-modules.ts";
import { QueryGraph } from "./query-graph.ts";

declare module "../container/container.ts" {
  interface ContainerRegistrations {
    /** `query.graph(...)`: reads across modules and links through the GraphQL schema. */
    query: QueryGraph;
  }
}

/** Registers `query` once the schema is built. */
export function registerQuery(
  container: TesseraContainer,
  schema: GraphQLSchema,
  modules: readonly LoadedModule[],
): void {
  container.register({ query: asValue(new QueryGraph(container, schema, modules)) });
}
