import type { ObjectRef } from "@pothos/core";
import { queryFromInfo } from "@pothos/plugin-prisma";
import { access } from "../graphql/auth-scopes.ts";
import { builder, type BuilderTypes } from "../graphql/builder.ts";
import { resolveCountedConnection } from "../graphql/connection.ts";
import { IDFilter, toOperatorMap } from "../graphql/filters.ts";
import type { Filters } from "../modules/filters.ts";
import type { ModelName } from "../modules/model.ts";
import { camelCase, pascalCase, type ExtraColumn, type LinkDefinition, type LinkSide } from "./define-link.ts";
import { loadById } from "./link-loaders.ts";
import { hasGraphQLType, modelRef } from "./graphql-refs.ts";
import { ident, SqlBuilder, type RawClient } from "./sql.ts";
import { where } from "./sql-filters.ts";

type LinkRow = Record<string, unknown>;
type Query = { include?: object; select?: object };
type IdOps = Parameters<typeof toOperatorMap>[0];

const scalarFor: Record<ExtraColumn["type"], "String" | "JSON" | "Int" | "Float" | "Boolean" | "DateTime"> = {
  text: "String",
  json: "JSON",
  integer: "Int",
  float: "Float",
  boolean: "Boolean",
  datetime: "DateTime",
};

function sideField(t: PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, LinkRow>, side: LinkSide) {
  return t.field({
    type: modelRef(side.model),
    nullable: true,
    description: `The linked ${side.model} (null when it was deleted).`,
    resolve: (row, _args, ctx, info) =>
      loadById(ctx, side, String(row[side.column]), queryFromInfo({ context: ctx, info }) as Query),
  });
}

/** The link's own type (`ProductBrandLink`) and the root connection over its rows (`productBrandLinks`). */
export function addLinkRoot(link: LinkDefinition): ObjectRef<BuilderTypes, LinkRow> {
  const typeName = `${pascalCase(link.entryPoint)}Link`;
  const ref = builder.objectRef<LinkRow>(typeName).implement({
    description: `A link between ${link.left.model} and ${link.right.model} (entry point "${link.entryPoint}").`,
    fields: (t) => ({
      [camelCase(link.left.column)]: t.id({ resolve: (row) => String(row[link.left.column]) }),
      [camelCase(link.right.column)]: t.id({ resolve: (row) => String(row[link.right.column]) }),
      ...(hasGraphQLType(link.left.model) ? { [link.left.linkable.key]: sideField(t, link.left) } : {}),
      ...(hasGraphQLType(link.right.model) ? { [link.right.linkable.key]: sideField(t, link.right) } : {}),
      ...Object.fromEntries(
        Object.entries(link.extraColumns).map(([name, column]) => [
          camelCase(name),
          t.field({
            type: scalarFor[column.type],
            nullable: column.nullable ?? true,
            resolve: (row) => row[name] as never,
          }),
        ]),
      ),
      createdAt: t.field({ type: "DateTime", resolve: (row) => row.created_at as Date }),
      updatedAt: t.field({ type: "DateTime", resolve: (row) => row.updated_at as Date }),
    }),
  });
  type FilterShape = Record<string, IdOps | undefined>;
  const filter = builder.inputRef<FilterShape>(`${typeName}Filter`).implement({
    fields: (t) => ({
      [camelCase(link.left.column)]: t.field({
        type: IDFilter,
        description: `The ${link.left.column} side of the link.`,
      }),
      [camelCase(link.right.column)]: t.field({
        type: IDFilter,
        description: `The ${link.right.column} side of the link.`,
      }),
    }),
  });
  builder.queryFields((t) => ({
    [`${camelCase(link.entryPoint)}Links`]: t.connection(
      {
        type: ref,
        authScopes: access.admin,
        description: `Rows of link ${link.entryPoint}, oldest first.`,
        args: { filter: t.arg({ type: filter, description: "Only link rows matching." }) },
        resolve: (_root, args, ctx) =>
          resolveCountedConnection(args, async ({ skip, take }) => {
            const filters: Filters = {};
            for (const column of [link.left.column, link.right.column]) {
              const ops = toOperatorMap(args.filter?.[camelCase(column)] ?? undefined);
              if (ops) filters[column] = ops;
            }
            const sql = new SqlBuilder();
            const condition = where(sql, link.prismaModel as ModelName, "l", filters, ctx.withDeleted ?? false);
            const client = ctx.prisma as unknown as RawClient;
            const countParams = [...sql.params];
            const rows = await client.$queryRawUnsafe<LinkRow[]>(
              `SELECT * FROM ${ident(link.table)} l WHERE ${condition} ORDER BY l.created_at, l.${ident(link.left.column)}, l.${ident(link.right.column)} LIMIT ${sql.param(take)} OFFSET ${sql.param(skip)}`,
              ...sql.params,
            );
            const count = await client.$queryRawUnsafe<{ n: number }[]>(
              `SELECT count(*)::int AS n FROM ${ident(link.table)} l WHERE ${condition}`,
              ...countParams,
            );
            return [rows, count[0]?.n ?? 0];
          }),
      },
      { name: `${typeName}Connection` },
      { name: `${typeName}Edge` },
    ),
  }));
  return ref;
}
