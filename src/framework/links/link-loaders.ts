import DataLoader from "dataloader";
import type { GraphQLContext } from "../graphql/context.ts";
import type { LinkSide } from "./define-link.ts";
import type { LinkHop } from "./registry.ts";
import { readableIds, readScope } from "./read-scope.ts";
import { ident, SqlBuilder, type RawClient } from "./sql.ts";
import { where } from "./sql-filters.ts";

type Row = Record<string, unknown> & { id: string };
type Query = { include?: object; select?: object };
type ListById = (filters: object, config: object) => Promise<Row[]>;

// One set of loaders per GraphQL request (keyed by its context): every parent of a page asks
// the same loader, which answers them all with one statement.
const perRequest = new WeakMap<object, Map<string, DataLoader<string, unknown>>>();

function loader<V>(ctx: object, key: string, batch: (ids: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
  let loaders = perRequest.get(ctx);
  if (!loaders) perRequest.set(ctx, (loaders = new Map()));
  let found = loaders.get(key);
  if (!found) loaders.set(key, (found = new DataLoader<string, unknown>(batch)));
  return found as DataLoader<string, V>;
}

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
  return loader<Row | null>(ctx, `byId:${side.model}:${JSON.stringify(query)}`, async (ids) => {
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
  return loader<Row | null>(
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

/** A page of linked records per parent (`Brand.products`): rows carry `__link`, plus the total. */
export function loadPage(
  ctx: GraphQLContext,
  hop: LinkHop,
  parentId: string,
  page: { offset: number; limit: number },
  query: Query,
): Promise<{ rows: Row[]; total: number }> {
  const key = `page:${hop.link.entryPoint}:${hop.from.column}:${page.offset}:${page.limit}:${JSON.stringify(query)}`;
  return loader<{ rows: Row[]; total: number }>(ctx, key, async (parentIds) => {
    const { link, from, to } = hop;
    // Window functions page every parent at once; soft-deleted targets, and targets outside the
    // caller's read scope, are not counted.
    const sql = new SqlBuilder();
    const parents = sql.param([...parentIds], "text[]");
    const scope = readScope(ctx, to.model);
    const visible = scope ? ` AND ${where(sql, to.model, "x", scope, false)}` : "";
    const links = await (ctx.prisma as unknown as RawClient).$queryRawUnsafe<
      (Record<string, unknown> & { __total: number; __rn: number })[]
    >(
      `SELECT * FROM (
         SELECT l.*, count(*) OVER (PARTITION BY l.${ident(from.column)})::int AS __total,
                row_number() OVER (PARTITION BY l.${ident(from.column)} ORDER BY l.created_at, l.${ident(to.column)})::int AS __rn
         FROM ${ident(link.table)} l JOIN ${ident(to.table)} x ON x.id = l.${ident(to.column)} AND x.deleted_at IS NULL${visible}
         WHERE l.${ident(from.column)} = ANY(${parents}) AND l.deleted_at IS NULL
       ) paged WHERE __rn > ${sql.param(page.offset)} AND __rn <= ${sql.param(page.offset + page.limit)} OR __rn = 1 ORDER BY __rn`,
      ...sql.params,
    );
    const targets = await recordsById(
      ctx,
      to,
      links.filter((l) => l.__rn > page.offset).map((l) => String(l[to.column])),
      query,
      true,
    );
    return parentIds.map((parentId) => {
      const mine = links.filter((l) => l[from.column] === parentId);
      const rows = mine
        .filter((l) => l.__rn > page.offset)
        .flatMap((l) => {
          const { __total: _t, __rn: _r, ...linkRow } = l;
          const target = targets.get(String(l[to.column]));
          return target ? [{ ...target, __link: linkRow }] : [];
        });
      return { rows, total: mine[0]?.__total ?? 0 };
    });
  }).load(parentId);
}
