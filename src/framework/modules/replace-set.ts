import { TesseraError } from "../errors/tessera-error.ts";
import type { TransactionClient } from "../database/database.ts";
import { ident, type RawClient } from "../links/sql.ts";
import { modelInfo, tableOf } from "./datamodel.ts";
import { generateId, type ModelName } from "./model.ts";

/** Which child rows of an owner's lines (a cart's, an order's) a `set…` method replaces. */
export interface SetKind {
  /** The Prisma delegate of the owner ("cart", "order") and its name in messages ("Cart"). */
  owner: string;
  ownerLabel: string;
  /** The Prisma delegate of the rows (cartLineItemTaxLine, ...). */
  model: string;
  /** The column naming the line the row belongs to. */
  parent: "item_id" | "shipping_method_id";
  /** The owner's relation holding those lines. */
  parents: "items" | "shipping_methods";
  prefix: string;
}

export interface SetRow {
  id?: string;
  parentId: string;
  columns: Record<string, unknown>;
}

type Delegate = {
  findMany(args: object): Promise<Record<string, unknown>[]>;
  deleteMany(args: object): Promise<{ count: number }>;
  createManyAndReturn(args: object): Promise<Record<string, unknown>[]>;
  update(args: object): Promise<Record<string, unknown>>;
};

/**
 * The ids of the owner's live lines of `kind.parents`, null when the owner is missing or deleted:
 * one statement (Prisma's nested select reads the owner, then its lines: two).
 */
async function ownerLineIds(client: TransactionClient, kind: SetKind, ownerId: string): Promise<string[] | null> {
  const owner = (kind.owner.charAt(0).toUpperCase() + kind.owner.slice(1)) as ModelName;
  const field = modelInfo(owner).fields.get(kind.parents);
  const line = field?.type as ModelName;
  const fk = modelInfo(line).relations.find((f) => f.relationName === field?.relationName && f.type === owner)
    ?.relationFromFields?.[0];
  if (!fk) throw new Error(`${kind.owner}.${kind.parents} is not a list of lines keyed by the owner`);
  const rows = await (client as unknown as RawClient).$queryRawUnsafe<{ ids: string[] | null }[]>(
    `SELECT (SELECT array_agg(l.id) FROM ${ident(tableOf(line))} l WHERE l.${ident(fk)} = o.id AND l.deleted_at IS NULL) AS ids
     FROM ${ident(tableOf(owner))} o WHERE o.id = $1 AND o.deleted_at IS NULL`,
    ownerId,
  );
  const [row] = rows;
  return row ? (row.ids ?? []) : null;
}

/**
 * Medusa's set semantics for adjustments and tax lines: the given rows become the owner's set of
 * that kind. Rows with a known `id` are updated, new ones inserted in one statement, and the
 * owner's other rows of that kind deleted (the answer comes from those writes); a row of a line outside the owner is INVALID_DATA, and
 * nothing is written then. Runs in the caller's transaction. `known`: the owner's live lines of
 * that kind as the caller read them in this transaction under the owner's row lock (they are not
 * read again).
 */
export async function replaceLineSet(
  client: TransactionClient,
  kind: SetKind,
  ownerId: string,
  rows: SetRow[],
  known?: string[],
): Promise<Record<string, unknown>[]> {
  const ids = known ?? (await ownerLineIds(client, kind, ownerId));
  if (!ids)
    throw new TesseraError(TesseraError.Types.NOT_FOUND, `${kind.ownerLabel} with id: ${ownerId} was not found`);
  const lineIds = new Set(ids);
  const foreign = rows.find((r) => !lineIds.has(r.parentId));
  if (foreign)
    throw new TesseraError(
      TesseraError.Types.INVALID_DATA,
      `Line ${foreign.parentId || "(none)"} is not in ${kind.ownerLabel.toLowerCase()} ${ownerId}`,
      { field: [kind.parent] },
    );
  const delegate = (client as unknown as Record<string, Delegate>)[kind.model] as Delegate;
  // Rows without an id are all new: the owner's current rows all go, no need to read their ids.
  const existingIds = rows.some((r) => r.id)
    ? new Set(
        (await delegate.findMany({ where: { [kind.parent]: { in: [...lineIds] } }, select: { id: true } })).map((e) =>
          String(e.id),
        ),
      )
    : new Set<string>();
  const kept = rows.filter((r) => r.id && existingIds.has(r.id));
  const keptIds = kept.map((r) => r.id as string);
  await delegate.deleteMany({ where: { [kind.parent]: { in: [...lineIds] }, id: { notIn: keptIds } } });
  const updated = [];
  for (const row of kept)
    updated.push(
      await delegate.update({ where: { id: row.id }, data: { ...row.columns, [kind.parent]: row.parentId } }),
    );
  const created = rows
    .filter((r) => !keptIds.includes(r.id ?? ""))
    .map((r) => ({ id: r.id ?? generateId(kind.prefix), [kind.parent]: r.parentId, ...r.columns }));
  // The set is now exactly the kept and the created rows: answered from the writes, not read again.
  const inserted = created.length ? await delegate.createManyAndReturn({ data: created }) : [];
  return [...updated.filter((r) => r.deleted_at == null), ...inserted].sort((a, b) =>
    String(a.id) < String(b.id) ? -1 : 1,
  );
}
