import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { TesseraContainer } from "../container/container.ts";
import type { Context } from "../modules/service-factory.ts";
import { fromDatabaseError } from "../errors/database-errors.ts";
import { TesseraError } from "../errors/tessera-error.ts";
import type { LinkDefinition, LinkSide } from "./define-link.ts";
import { resolvePair, resolveRoots, type LinkInput } from "./link-input.ts";
import { assertCardinalities, deletePairs, upsertPairs, type LinkRow } from "./link-writes.ts";
import { cascadeLinks } from "./link-cascade.ts";
import { ident, SqlBuilder, type RawClient } from "./sql.ts";

export type { LinkRow };
/** What a delete or restore touched: module key → id column → ids. */
export type LinkCascadeResult = Record<string, Record<string, string[]>>;

type ModuleList = (filters: object, config: object, ctx?: Context) => Promise<{ id: string }[]>;

/**
 * The link service (`link`, alias `remoteLink`): creates, dismisses, deletes and restores links
 * between records of two modules, one transaction per call.
 * @example await link.create({ product: { product_id: "prod_1" }, brand: { brand_id: "brand_1" }, data: { metadata: {} } })
 */
export class LinkService {
  constructor(private readonly container: TesseraContainer) {}

  private get prisma(): PrismaClient {
    return this.container.resolve("db").prisma;
  }

  private async transaction<T>(
    fn: (ctx: Context & { tx: NonNullable<Context["tx"]> }) => Promise<T>,
    ctx?: Context,
  ): Promise<T> {
    try {
      if (ctx?.tx) return await fn({ ...ctx, tx: ctx.tx });
      return await this.prisma.$transaction((tx) => fn({ tx }), { timeout: 30_000, maxWait: 30_000 });
    } catch (error) {
      const mapped = fromDatabaseError(error);
      // A partial unique index of a link table: the cardinality was broken by a concurrent write.
      if (TesseraError.is(mapped) && mapped.type === "duplicate_error")
        throw new TesseraError(TesseraError.Types.CONFLICT, "The link would break the link's cardinality", {
          cause: error,
        });
      throw mapped;
    }
  }

  /**
   * Fails with NOT_FOUND unless every id is a live record of its sides' model (one model: the
   * sides naming the ids share it); the error names the side that asked for the missing id.
   */
  private async assertExist(sideOf: Map<string, LinkSide>, ids: string[], ctx: Context): Promise<void> {
    const [first] = sideOf.values();
    if (!first) return;
    const service = this.container.resolve(first.module as never) as Record<string, ModuleList>;
    const list = service[`list${first.linkable.model.plural}`] as ModuleList;
    const unique = [...new Set(ids)];
    const found = new Set((await list.call(service, { id: unique }, { select: ["id"] }, ctx)).map((r) => r.id));
    const missing = unique.find((id) => !found.has(id));
    const side = missing === undefined ? undefined : sideOf.get(missing);
    if (missing && side)
      throw new TesseraError(TesseraError.Types.NOT_FOUND, `${side.model} with id: ${missing} was not found`, {
        field: [side.module, side.column],
      });
  }

  /**
   * Links records; linking a pair again updates its `data` (and revives a deleted link).
   * `checked`: the caller knows every record exists and no pair breaks a cardinality (it created
   * or locked them in the same run), so neither is read first; the link tables' partial unique
   * indexes still refuse a broken cardinality (CONFLICT).
   */
  async create(input: LinkInput | LinkInput[], ctx?: Context, options: { checked?: boolean } = {}): Promise<LinkRow[]> {
    const pairs = (Array.isArray(input) ? input : [input]).map(resolvePair);
    if (options.checked) return this.transaction((c) => upsertPairs(c.tx, pairs), ctx);
    return this.transaction(async (c) => {
      // One existence check per model, whatever the number of pairs and of links naming it (an
      // order linked to its cart and its payment collection is looked up once).
      const models = new Map<string, { ids: string[]; sideOf: Map<string, LinkSide> }>();
      const need = (side: LinkSide, id: string) => {
        const key = `${side.module}:${side.linkable.model.plural}`;
        const entry = models.get(key) ?? { ids: [], sideOf: new Map<string, LinkSide>() };
        entry.ids.push(id);
        if (!entry.sideOf.has(id)) entry.sideOf.set(id, side);
        models.set(key, entry);
      };
      for (const { link, leftId, rightId } of pairs) {
        need(link.left, leftId);
        need(link.right, rightId);
      }
      for (const { ids, sideOf } of models.values()) await this.assertExist(sideOf, ids, c);
      await assertCardinalities(c.tx, pairs);
      return upsertPairs(c.tx, pairs);
    }, ctx);
  }

  /** Removes links (the rows go; the records stay). Pairs that are not linked are ignored. */
  async dismiss(input: LinkInput | LinkInput[], ctx?: Context): Promise<LinkRow[]> {
    const pairs = (Array.isArray(input) ? input : [input]).map(resolvePair);
    return this.transaction((c) => deletePairs(c.tx, pairs), ctx);
  }

  /**
   * Call after deleting records: soft-deletes their links and, where the other side has
   * `deleteCascades`, the linked records (through their module), transitively.
   * @example await link.delete({ product: { product_id: "prod_1" } })
   */
  async delete(input: Record<string, Record<string, string | string[]>>, ctx?: Context): Promise<LinkCascadeResult> {
    const roots = resolveRoots(input);
    return this.transaction((c) => cascadeLinks(this.container, roots, "delete", c), ctx);
  }

  /** Restores what `delete` took along for the same records: their links and cascaded records. */
  async restore(input: Record<string, Record<string, string | string[]>>, ctx?: Context): Promise<LinkCascadeResult> {
    const roots = resolveRoots(input);
    return this.transaction((c) => cascadeLinks(this.container, roots, "restore", c), ctx);
  }

  /** Live link rows of one link, for reads outside GraphQL. */
  async list(link: LinkDefinition, filters: Record<string, string | string[]> = {}, ctx?: Context): Promise<LinkRow[]> {
    const sql = new SqlBuilder();
    const where = [
      "deleted_at IS NULL",
      ...Object.entries(filters).map(([column, value]) => {
        if (column !== link.left.column && column !== link.right.column)
          throw new TesseraError(TesseraError.Types.INVALID_DATA, `Link ${link.entryPoint} has no id column ${column}`);
        return `${ident(column)} = ANY(${sql.param(Array.isArray(value) ? value : [value], "text[]")})`;
      }),
    ];
    const client: RawClient = ctx?.tx ?? this.prisma;
    return client.$queryRawUnsafe<LinkRow[]>(
      `SELECT * FROM ${ident(link.table)} WHERE ${where.join(" AND ")} ORDER BY created_at, ${ident(link.left.column)}, ${ident(link.right.column)}`,
      ...sql.params,
    );
  }
}
