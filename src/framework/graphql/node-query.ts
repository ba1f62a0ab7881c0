import type { GraphQLResolveInfo } from "graphql";
import { queryFromInfo } from "@pothos/plugin-prisma";

/**
 * The Prisma include/select for the nodes of a connection field, so a page of records loads
 * its nested relations in a fixed number of queries.
 */
export function connectionNodeQuery(context: object, info: GraphQLResolveInfo): { include?: object; select?: object } {
  return queryFromInfo({ context, info, path: ["edges", "node"] }) as { include?: object; select?: object };
}

/** The Prisma include/select for an object returned at `path` inside a field (payloads). */
export function nestedQuery(
  context: object,
  info: GraphQLResolveInfo,
  path: string[],
): { include?: object; select?: object } {
  return queryFromInfo({ context, info, path }) as { include?: object; select?: object };
}
