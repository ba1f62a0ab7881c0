import { isObjectType, type GraphQLResolveInfo } from "graphql";
import type { GraphQLContext } from "../graphql/context.ts";

/** The tag `QueryContext` puts on a value, as Medusa's does. */
const TAG = "QueryContext";

/**
 * Marks the context one field of a `query.graph` call is computed in (Medusa's QueryContext):
 * place it at the field's path in `context`.
 * @example query.graph({ entity: "product", fields: ["variants.calculated_price.*"], context: { variants: { calculated_price: QueryContext({ region_id, currency_code: "eur" }) } } })
 */
export function QueryContext<T extends Record<string, unknown>>(value: T): T & { __type: typeof TAG } {
  return { ...value, __type: TAG };
}

/** The path of the field being resolved as query.graph names it (`["variants", "calculated_price"]`): no list indexes, no connection hops, no root. */
function fieldPath(info: GraphQLResolveInfo): string[] {
  const keys: string[] = [];
  for (let p: GraphQLResolveInfo["path"] | undefined = info.path; p; p = p.prev) {
    if (typeof p.key === "number") continue;
    const parent = p.typename ? info.schema.getType(p.typename) : undefined;
    const fields = isObjectType(parent) ? parent.getFields() : {};
    if ((p.key === "edges" && fields.pageInfo) || (p.key === "node" && fields.cursor)) continue;
    keys.unshift(p.key);
  }
  return keys.slice(1);
}

/**
 * The query.graph context given for the field being resolved (`context.variants.calculated_price`
 * for `variants.calculated_price.*` read from products), without its tag; undefined when there is
 * none or outside query.graph. query.graph aliases fields by their snake_case names, so the
 * response path is the context path.
 */
export function queryContextFor(ctx: GraphQLContext, info: GraphQLResolveInfo): Record<string, unknown> | undefined {
  let value: unknown = ctx.queryContext;
  for (const key of fieldPath(info)) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const { __type: _tag, ...rest } = value as Record<string, unknown>;
  return rest;
}
