import type { KeysetPage } from "../graphql/connection.ts";
import type { GraphQLContext } from "../graphql/context.ts";
import { requestLoader } from "../graphql/request-cache.ts";
import { type ChildRows, countChildren, pageOfChildren } from "./child-pages.ts";
import type { LinkSide } from "./define-link.ts";
import type { LinkHop } from "./registry.ts";
import { readableIds, readScope } from "./read-scope.ts";
import { ident, SqlBuilder, type RawClient } from "./sql.ts";
import { where } from "./sql-filters.ts";

type Row = Record<string, unknown> & { id: string };
type Query = { include?: object; select?: object };
type ListById = (filters: object, config: object) => Promise<Row[]>;

/**
 * Live records of a side by id, through the side's module service, with GraphQL's nested query.
 * Records outside the caller's read scope are left out (a storefront: products of other channels),
 * unless `scoped` says the ids were already selected within it.
 */
async function recordsById(
  ctx: GraphQLContext,
  side: LinkSide,
  allIds: readonly string[],
  query: Query,
  scoped = false,
): Promise<Map<string, Row>> {
  const ids = scoped ? allIds : [...(await readableIds(ctx, side.model, [...new Set(allIds)]))];
  if (!ids.length) return new Map();
  const service = ctx.scope.resolve(side.module as never) as Record<string, ListById>;
  const list = service[`list${side.linkable.model.plural}`] as ListById;
  const rows = await list.call(service, { id: [...new Set(ids)] }, { prismaQuery: query });
  return new Map(rows.map((r) => [r.id, r]));
}

/** The record of `side` with this id (a link type's `product` / `brand`). */
export function loadById(ctx: GraphQLContext, side: LinkSide, id: string, query: Query): Promise<Row | null> {
  return requestLoader<Row | null>(ctx, `byId:${side.model}:${JSON.stringify(query)}`, async (ids) => {
    const rows = await recordsById(ctx, side, ids, query);
    return ids.map((id) => rows.get(id) ?? null);
  }).load(id);
}

/** The single linked record of a parent (`Product.brand`), with its link row. */
export function loadSingle(ctx: GraphQLContext, hop: LinkHop, parent: Row, query: Query): Promise<Row | null> {
  if (hop.link.readOnly) {
    const id = parent[hop.from.field as string];
    return typeof id === "string" ? loadById(ctx, hop.to, id, query) : Promise.resolve(null);
  }
  return requestLoader<Row | null>(
    ctx,
    `single:${hop.link.entryPoint}:${hop.from.column}:${JSON.stringify(query)}`,
    async (parentIds) => {
      const links = await (ctx.prisma as unknown as RawClient).$queryRawUnsafe<Record<string, unknown>[]>(
        `SELECT * FROM ${ident(hop.link.table)} WHERE ${ident(hop.from.column)} = ANY($1::text[]) AND deleted_at IS NULL`,
        [...parentIds],
      );
      const targets = await recordsById(
        ctx,
        hop.to,
        links.map((l) => String(l[hop.to.column])),
        query,
      );
      const byParent = new Map<string, Row>();
      for (const link of links) {
        const target = targets.get(String(link[hop.to.column]));
        if (target) byParent.set(String(link[hop.from.column]), { ...target, __link: link });
      }
      return parentIds.map((id) => byParent.get(id) ?? null);
    },
  ).load(parent.id);
}

/** A keyset page of linked records per parent (`Brand.products`), oldest link first: rows carry `__link` and their sort key. */
export function loadPage(
  ctx: GraphQLContext,
  hop: LinkHop,
  parentId: string,
  page: KeysetPage,
  query: Query,
): Promise<{ node: Row; key: unknown[] }[]> {
  const key = `page:${hop.link.entryPoint}:${hop.from.column}:${JSON.stringify(page)}:${JSON.stringify(query)}`;
  return requestLoader<{ node: Row; key: unknown[] }[]>(ctx, key, async (parentIds) => {
    const { from, to } = hop;
    // Soft-deleted targets, and targets outside the caller's read scope, are left out. The link's
    // creation time, then the target's id, order it.
    const sql = new SqlBuilder();
    const links = await pageOfChildren<Record<string, unknown>>(ctx.prisma, sql, {
      ...linkedRows(ctx, sql, hop, parentIds),
      select: "l.*",
      keys: ["created_at", to.column].map((c) => ({ expr: `l.${ident(c)}`, dir: "ASC", nullable: false }) as const),
      page,
    });
    const targets = await recordsById(
      ctx,
      to,
      links.map((l) => String(l[to.column])),
      query,
      true,
    );
    return parentIds.map((parentId) =>
      links
        .filter((l) => l[from.column] === parentId)
        .flatMap((l) => {
          const target = targets.get(String(l[to.column]));
          return target ? [{ node: { ...target, __link: l }, key: [l.created_at, l[to.column]] }] : [];
        }),
    );
  }).load(parentId);
}

/** How many records are linked to a parent (`totalCount` of a link list), one statement for a whole page of parents. */
export function loadLinkedCount(ctx: GraphQLContext, hop: LinkHop, parentId: string): Promise<number> {
  return requestLoader<number>(ctx, `count:${hop.link.entryPoint}:${hop.from.column}`, async (parentIds) => {
    const sql = new SqlBuilder();
    const byParent = await countChildren(ctx.prisma, sql, linkedRows(ctx, sql, hop, parentIds));
    return parentIds.map((id) => byParent.get(id) ?? 0);
  }).load(parentId);
}

/** The live link rows (`l`) of these parents whose targets (`x`) are live and within the caller's read scope. */
function linkedRows(ctx: GraphQLContext, sql: SqlBuilder, hop: LinkHop, parentIds: readonly string[]): ChildRows {
  const { link, from, to } = hop;
  const parents = sql.param([...parentIds], "text[]");
  const scope = readScope(ctx, to.model);
  const visible = scope ? ` AND ${where(sql, to.model, "x", scope, false)}` : "";
  return {
    from: `${ident(link.table)} l JOIN ${ident(to.table)} x ON x.id = l.${ident(to.column)} AND x.deleted_at IS NULL${visible}`,
    parent: `l.${ident(from.column)}`,
    where: `l.${ident(from.column)} = ANY(${parents}) AND l.deleted_at IS NULL`,
  };
}
