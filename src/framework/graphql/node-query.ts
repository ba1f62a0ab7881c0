import { getNamedType, isObjectType, type GraphQLResolveInfo } from "graphql";
import { queryFromInfo } from "@pothos/plugin-prisma";

/**
 * The Prisma include/select for the nodes of a connection field, so a page of records loads
 * its nested relations in a fixed number of queries. Nodes of a type Pothos did not make
 * (query.graph's server-only types) read the plain rows.
 */
export function connectionNodeQuery(context: object, info: GraphQLResolveInfo): { include?: object; select?: object } {
  const connection = getNamedType(info.returnType);
  const edges = isObjectType(connection) ? connection.getFields().edges : undefined;
  const edge = edges && getNamedType(edges.type);
  const node = edge && isObjectType(edge) ? edge.getFields().node : undefined;
  if (node && !(getNamedType(node.type).extensions as { pothosOptions?: object }).pothosOptions) return {};
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
