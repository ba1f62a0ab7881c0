import type { ObjectRef } from "@pothos/core";
import { queryFromInfo } from "@pothos/plugin-prisma";
import { access, type ScopeMap, type TypeAuthScopes } from "../graphql/auth-scopes.ts";
import { builder, type BuilderTypes } from "../graphql/builder.ts";
import { orderSignature, resolveKeysetConnection } from "../graphql/connection.ts";
import type { GraphQLContext } from "../graphql/context.ts";
import { camelCase, pascalCase, type LinkDefinition } from "./define-link.ts";
import { loadLinkedCount, loadPage, loadSingle } from "./link-loaders.ts";
import { hasGraphQLType, modelRef } from "./graphql-refs.ts";
import { addLinkRoot } from "./link-root.ts";
import { hopsFrom, type LinkHop } from "./registry.ts";

type Row = Record<string, unknown> & { id: string };
type Query = { include?: object; select?: object };

const added = new Set<string>();

/** A model type's declared rule (its `authScopes`); undefined when it declares none. */
function ruleOf(model: string): TypeAuthScopes | undefined {
  return (builder.configStore.getTypeConfig(modelRef(model)).pothosOptions as { authScopes?: TypeAuthScopes })
    .authScopes;
}

/**
 * A link field is read as its target type allows: a static rule applies to the field itself
 * (FORBIDDEN there, not on each field of a half-read record); a per-record rule applies to each
 * record; a target without a rule is for admins. The field is nullable when the target's rule lets
 * in fewer callers than the source's, so a denial leaves the rest of the answer.
 */
function linkAccess(hop: LinkHop): { authScopes?: ScopeMap; nullable: boolean } {
  const target = ruleOf(hop.to.model) ?? access.admin;
  const source = ruleOf(hop.from.model);
  const authScopes = typeof target === "function" ? undefined : target;
  // A per-record source rule (Cart: its customer's, its channel's) may let in callers a static
  // target rule refuses: nullable then too, so a denial does not null the record itself.
  const narrower =
    typeof target === "function" ||
    typeof source === "function" ||
    Object.keys(source ?? access.admin).some((scope) => !(scope in target));
  return { ...(authScopes ? { authScopes } : {}), nullable: narrower };
}

function addSingleField(hop: LinkHop): void {
  builder.objectFields(modelRef(hop.from.model), (t) => ({
    [hop.field]: t.field({
      type: modelRef(hop.to.model),
      ...linkAccess(hop),
      nullable: true,
      description: `The linked ${hop.to.model} (link ${hop.link.entryPoint}), loaded for a whole page at once.`,
      resolve: (parent, _args, ctx, info) =>
        loadSingle(ctx, hop, parent, queryFromInfo({ context: ctx, info }) as Query),
    }),
  }));
}

function addListField(hop: LinkHop, linkType: ObjectRef<BuilderTypes, Record<string, unknown>>): void {
  const name = `${hop.from.model}${pascalCase(camelCase(hop.field).replace(/^./, (c) => c))}`;
  builder.objectFields(modelRef(hop.from.model), (t) => ({
    [hop.field]: t.connection(
      {
        type: modelRef(hop.to.model),
        ...linkAccess(hop),
        description: `Linked ${hop.to.linkable.model.plural} (link ${hop.link.entryPoint}); each edge carries the link row.`,
        resolve: (parent, args, ctx: GraphQLContext, info) => {
          const query = queryFromInfo({ context: ctx, info, path: ["edges", "node"] }) as Query;
          return resolveKeysetConnection(args, {
            order: orderSignature([
              ["link.created_at", "ASC"],
              [`link.${hop.to.column}`, "ASC"],
            ]),
            load: (page) => loadPage(ctx, hop, parent.id, page, query),
            count: () => loadLinkedCount(ctx, hop, parent.id),
          });
        },
      },
      { name: `${name}Connection` },
      {
        name: `${name}Edge`,
        fields: (e) => ({
          link: e.field({
            type: linkType,
            description: "The link row: its extra columns and timestamps.",
            resolve: (edge) => (edge.node as Row).__link as Record<string, unknown>,
          }),
        }),
      },
    ),
  }));
}

/**
 * Adds each link to the schema: a field on both types (a nullable object for a single side,
 * a connection for a list side), the link's own type and a root connection over the link
 * rows (`productBrandLinks`), all resolved through per-request dataloaders.
 */
export function addLinkFields(links: readonly LinkDefinition[]): void {
  for (const link of links) {
    if (added.has(link.entryPoint)) continue;
    added.add(link.entryPoint);
    if (!hasGraphQLType(link.left.model) && !hasGraphQLType(link.right.model)) continue;
    const linkType = link.readOnly ? undefined : addLinkRoot(link);
    for (const hop of hopsFrom(link.left.model)
      .concat(hopsFrom(link.right.model))
      .filter((h) => h.link === link)) {
      if (!hasGraphQLType(hop.from.model) || !hasGraphQLType(hop.to.model)) continue;
      if (hop.isList && linkType) addListField(hop, linkType);
      else addSingleField(hop);
    }
  }
}
