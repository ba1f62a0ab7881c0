import type { ObjectRef } from "@pothos/core";
import { queryFromInfo } from "@pothos/plugin-prisma";
import { access } from "../graphql/auth-scopes.ts";
import { builder, type BuilderTypes } from "../graphql/builder.ts";
import { orderSignature, resolveKeysetConnection, type KeysetPage } from "../graphql/connection.ts";
import type { GraphQLContext } from "../graphql/context.ts";
import { IDFilter, toOperatorMap } from "../graphql/filters.ts";
import type { Filters } from "../modules/filters.ts";
import type { ModelName } from "../modules/model.ts";
import { camelCase, pascalCase, type ExtraColumn, type LinkDefinition, type LinkSide } from "./define-link.ts";
import { loadById } from "./link-loaders.ts";
import { hasGraphQLType, modelRef } from "./graphql-refs.ts";
import { keysetCondition } from "./keyset-sql.ts";
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

// Link rows are ordered oldest first; the two sides make the key unique.
const keysOf = (link: LinkDefinition) => ["created_at", link.left.column, link.right.column];

/** A keyset page of a link's rows: one statement whatever the page or table size. */
async function linkRowsPage(
  ctx: GraphQLContext,
  link: LinkDefinition,
  filters: Filters,
  page: KeysetPage,
): Promise<{ node: LinkRow; key: unknown[] }[]> {
  const sql = new SqlBuilder();
  const condition = where(sql, link.prismaModel as ModelName, "l", filters, ctx.withDeleted ?? false);
  const dir = page.backward ? "DESC" : "ASC";
  const keys = keysOf(link).map((name) => ({ expr: `l.${ident(name)}`, dir, nullable: false }) as const);
  const bounds = [
    page.after ? ` AND ${keysetCondition(sql, keys, page.after, "after")}` : "",
    page.before ? ` AND ${keysetCondition(sql, keys, page.before, "before")}` : "",
  ].join("");
  const rows = await (ctx.prisma as unknown as RawClient).$queryRawUnsafe<LinkRow[]>(
    `SELECT * FROM ${ident(link.table)} l WHERE ${condition}${bounds} ORDER BY ${keys.map((k) => `${k.expr} ${dir}`).join(", ")} LIMIT ${sql.param(page.take)}`,
    ...sql.params,
  );
  return rows.map((row) => ({ node: row, key: keysOf(link).map((name) => row[name]) }));
}

async function countLinkRows(ctx: GraphQLContext, link: LinkDefinition, filters: Filters): Promise<number> {
  const sql = new SqlBuilder();
  const condition = where(sql, link.prismaModel as ModelName, "l", filters, ctx.withDeleted ?? false);
  const count = await (ctx.prisma as unknown as RawClient).$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM ${ident(link.table)} l WHERE ${condition}`,
    ...sql.params,
  );
  return count[0]?.n ?? 0;
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
        resolve: (_root, args, ctx) => {
          const filters: Filters = {};
          for (const column of [link.left.column, link.right.column]) {
            const ops = toOperatorMap(args.filter?.[camelCase(column)] ?? undefined);
            if (ops) filters[column] = ops;
          }
          return resolveKeysetConnection(args, {
            order: orderSignature(keysOf(link).map((name) => [name, "ASC"] as const)),
            load: (page) => linkRowsPage(ctx, link, filters, page),
            count: () => countLinkRows(ctx, link, filters),
          });
        },
      },
      { name: `${typeName}Connection` },
      { name: `${typeName}Edge` },
    ),
  }));
  return ref;
}
