import SchemaBuilder from "@pothos/core";
import ComplexityPlugin from "@pothos/plugin-complexity";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import type PrismaTypes from "../../generated/pothos-prisma-types.ts";
import { access, accessDenied, authScopesFor, type AuthScopes } from "./auth-scopes.ts";
import type { GraphQLContext } from "./context.ts";
import { typenameForId } from "./node-ids.ts";
import { fieldCost } from "./query-cost.ts";
import { prismaDatamodel } from "../modules/datamodel.ts";
import { resolveReadableNode, resolveReadableNodes } from "../links/read-scope.ts";

/**
 * The one Pothos builder. Modules add their types to it from `graphql/` files; the framework
 * assembles the schema after every module has been imported.
 */
export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  AuthScopes: AuthScopes;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
  // A thunk, so the count runs only when `totalCount` is selected.
  Connection: { totalCount: number | (() => Promise<number>) };
  Scalars: {
    ID: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
    CurrencyCode: { Input: string; Output: string };
    CountryCode: { Input: string; Output: string };
  };
}>({
  defaultFieldNullability: false,
  // Scope auth first, so its checks wrap every other plugin's resolvers.
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin, DataloaderPlugin, ComplexityPlugin],
  // Costs only: the limits are checked per caller before execution (use-query-limits.ts).
  complexity: { fieldComplexity: fieldCost },
  scopeAuth: {
    authScopes: authScopesFor,
    unauthorizedError: (_parent, ctx) => accessDenied(ctx),
    // A subscription is refused when it starts, not after its first event.
    authorizeOnSubscribe: true,
  },
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: prismaDatamodel(),
    // Relation fields are loaded through the parent's query, never one query per parent.
    onUnusedQuery: null,
    filterConnectionTotalCount: true,
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    firstArgOptions: { description: "The first n records after `after` (default 20, at most 250)." },
    lastArgOptions: { description: "The last n records before `before` (at most 250)." },
    afterArgOptions: { description: "A cursor from a previous page's pageInfo.endCursor." },
    beforeArgOptions: { description: "A cursor from a previous page's pageInfo.startCursor." },
    // Ids are prefixed ULIDs, already globally unique: they are the global ids as they are.
    encodeGlobalID: (_typename, id) => String(id),
    decodeGlobalID: (globalID) => ({ typename: typenameForId(globalID), id: globalID }),
    // Any object by id is a storefront read; each type's authScopes and read scope decide which
    // records a caller gets (others are NOT_FOUND, as unknown ids are).
    nodeQueryOptions: {
      description:
        "Any object by its id (the prefix names its type). Null when no object has that id or the caller may not read it; a malformed id is INVALID_DATA.",
      args: { id: { description: "A prefixed id (prod_…, reg_…)." } },
      authScopes: access.store,
      resolve: (_root, args, ctx, info, resolveNode) =>
        resolveReadableNode(ctx, info, args.id, ([id]) => Promise.all(id ? [resolveNode(id)] : [])),
    },
    nodesQueryOptions: {
      description:
        "Objects by id, in the order asked; null in place of an id that is unknown or that the caller may not read.",
      args: { ids: { description: "Prefixed ids (prod_…, reg_…), of any types." } },
      authScopes: access.store,
      resolve: (_root, args, ctx, info, resolveNodes) => resolveReadableNodes(ctx, info, args.ids, resolveNodes),
    },
  },
});

/** The builder's schema types, for helpers that build fields outside a type's `fields` callback. */
export type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
/** The `t` of an input type's fields, for shared input field groups. */
export type InputFieldBuilder = PothosSchemaTypes.InputFieldBuilder<BuilderTypes, "InputObject">;
