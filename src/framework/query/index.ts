// query.graph: server-side reads across modules and links, answered by the GraphQL schema.
export { QueryGraph, type GraphQuery, type GraphResult } from "./query-graph.ts";
export { QueryContext, queryContextFor } from "./query-context.ts";
