import type { FieldComplexityValue } from "@pothos/plugin-complexity";
import {
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
} from "graphql";
import { pageSize } from "./connection.ts";

/** How many items a plain list (a product's variants, options, images) is counted as. */
export const listCostBound = 10;

function isConnection(type: GraphQLNamedType): boolean {
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  return "edges" in fields && "pageInfo" in fields;
}

/** The page a connection's `first`/`last` asks for, as the connection helpers clamp it. */
function requestedPage(args: Record<string, unknown>): number {
  const size =
    typeof args.first === "number" ? args.first : typeof args.last === "number" ? args.last : pageSize.defaultSize;
  return Math.min(Math.max(size, 0), pageSize.maxSize);
}

/**
 * The schema-derived cost of one field, for @pothos/plugin-complexity: a scalar or enum costs 0
 * (it comes with its parent's row), an object 1; a connection multiplies what it selects by its
 * page size, `nodes(ids:)` by the ids given, any other list by `listCostBound`. Edges add no
 * factor of their own: their connection already counted the page.
 */
export function fieldCost<C>(
  args: Record<string, unknown>,
  _ctx: C,
  field: GraphQLField<unknown, C, Record<string, unknown>>,
): FieldComplexityValue {
  const named = getNamedType(field.type);
  if (isLeafType(named)) return 0;
  if (isConnection(named)) return { field: 1, multiplier: requestedPage(args) };
  if (!isListType(getNullableType(field.type))) return 1;
  if (named.name.endsWith("Edge")) return { field: 1, multiplier: 1 };
  if (Array.isArray(args.ids)) return { field: 1, multiplier: args.ids.length };
  return { field: 1, multiplier: listCostBound };
}
