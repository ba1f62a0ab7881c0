import type { ObjectRef } from "@pothos/core";
import { TesseraError } from "../errors/tessera-error.ts";
import { scopedFilters } from "../links/read-scope.ts";
import type { Filters } from "../modules/filters.ts";
import type { ModelDef } from "../modules/model.ts";
import type { FindConfig } from "../modules/query-config.ts";
import type { ScopeMap } from "./auth-scopes.ts";
import type { BuilderTypes } from "./builder.ts";
import type { GraphQLContext } from "./context.ts";

type QueryFieldBuilder = PothosSchemaTypes.QueryFieldBuilder<BuilderTypes, object>;
type ListMethod = (filters: Filters, config: FindConfig) => Promise<unknown[]>;

/** How a get-by-id root field is declared. */
export interface RootRecordOptions {
  /** The model's Prisma object type (`builder.prismaObject`), so the selection loads with the row. */
  type: ObjectRef<BuilderTypes, unknown>;
  /** The model (`model("Region", …)`): the field reads through the service's `list<Plural>`. */
  model: ModelDef;
  /** The container key of the module's service (`"region"`). */
  module: string;
  authScopes: ScopeMap;
  description: string;
  /** The `id` argument's description (`"The region's id (reg_…)."`). */
  idDescription: string;
  /**
   * `false`: an unknown id, or one outside the caller's read scope, is a NOT_FOUND error (carts,
   * orders: a stranger cannot tell a hidden record from a missing one). Default: null when unknown.
   */
  nullable?: false;
  /** Reads through the caller's read scope (a customer's own, a publishable key's channels). */
  readScope?: boolean;
}

/**
 * Declares `<record>(id: ID!): <Type>`: one row of the model by id, with the fields the query
 * selects loaded in the same read. Used inside `builder.queryFields((t) => ({ region: rootRecord(t, { … }) }))`.
 * @example
 * region: rootRecord(t, {
 *   type: RegionRef, model: Region, module: "region", authScopes: access.store,
 *   description: "A region by id; null when unknown.", idDescription: "The region's id (reg_…).",
 * })
 */
export function rootRecord(t: QueryFieldBuilder, options: RootRecordOptions) {
  const { model } = options;
  const method = `list${model.plural}`;
  const resolve = async (query: object, _root: unknown, args: { id: string }, ctx: GraphQLContext) => {
    const filters = options.readScope ? scopedFilters(ctx, model.name, { id: args.id }) : { id: args.id };
    const service = ctx.scope.resolve(options.module as never) as Record<string, ListMethod>;
    const list = service[method];
    if (!list) throw new Error(`The ${options.module} service has no ${method}`);
    const [row] = await list.call(service, filters, { take: 1, prismaQuery: query });
    if (row || options.nullable !== false) return row ?? null;
    throw new TesseraError(TesseraError.Types.NOT_FOUND, `${model.name} with id: ${args.id} was not found`);
  };
  // The type is a Prisma object type, so prismaField hands `resolve` the selection's include/select.
  return t.prismaField({
    type: options.type,
    nullable: options.nullable ?? true,
    authScopes: options.authScopes,
    description: options.description,
    args: { id: t.arg.id({ required: true, description: options.idDescription }) },
    resolve,
  } as never) as ReturnType<QueryFieldBuilder["field"]>;
}
