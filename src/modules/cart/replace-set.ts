import { TesseraError } from "../../framework/errors/tessera-error.ts";
import type { TransactionClient } from "../../framework/database/database.ts";
import { generateId } from "../../framework/modules/model.ts";

/** Which child rows of a cart's lines a `set…` method replaces. */
export interface SetKind {
  /** The Prisma delegate of the rows (cartLineItemTaxLine, ...). */
  model: string;
  /** The column naming the line the row belongs to. */
  parent: "item_id" | "shipping_method_id";
  /** The cart relation holding those lines. */
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
  createMany(args: object): Promise<{ count: number }>;
  update(args: object): Promise<Record<string, unknown>>;
};
type CartDelegate = { findFirst(args: object): Promise<Record<string, { id: string }[]> | null> };

/**
 * Medusa's set semantics for adjustments and tax lines: the given rows become the cart's set of
 * that kind. Rows with a known `id` are updated, new ones inserted in one statement, and the
 * cart's other rows of that kind deleted; a row of a line outside the cart is INVALID_DATA, and
 * nothing is written then. Runs in the caller's transaction.
 */
export async function replaceCartSet(
  client: TransactionClient,
  kind: SetKind,
  cartId: string,
  rows: SetRow[],
): Promise<Record<string, unknown>[]> {
  const delegates = client as unknown as Record<string, Delegate | CartDelegate>;
  const cart = await (delegates.cart as CartDelegate).findFirst({
    where: { id: cartId, deleted_at: null },
    select: { [kind.parents]: { where: { deleted_at: null }, select: { id: true } } },
  });
  if (!cart) throw new TesseraError(TesseraError.Types.NOT_FOUND, `Cart with id: ${cartId} was not found`);
  const lineIds = new Set((cart[kind.parents] ?? []).map((l) => l.id));
  const foreign = rows.find((r) => !lineIds.has(r.parentId));
  if (foreign)
    throw new TesseraError(
      TesseraError.Types.INVALID_DATA,
      `Line ${foreign.parentId || "(none)"} is not in cart ${cartId}`,
      { field: [kind.parent] },
    );
  const delegate = delegates[kind.model] as Delegate;
  const existing = await delegate.findMany({ where: { [kind.parent]: { in: [...lineIds] } }, select: { id: true } });
  const existingIds = new Set(existing.map((e) => String(e.id)));
  const kept = rows.filter((r) => r.id && existingIds.has(r.id));
  const keptIds = kept.map((r) => r.id as string);
  await delegate.deleteMany({ where: { [kind.parent]: { in: [...lineIds] }, id: { notIn: keptIds } } });
  for (const row of kept)
    await delegate.update({ where: { id: row.id }, data: { ...row.columns, [kind.parent]: row.parentId } });
  const created = rows
    .filter((r) => !keptIds.includes(r.id ?? ""))
    .map((r) => ({ id: r.id ?? generateId(kind.prefix), [kind.parent]: r.parentId, ...r.columns }));
  if (created.length) await delegate.createMany({ data: created });
  return delegate.findMany({
    where: { [kind.parent]: { in: [...lineIds] }, deleted_at: null },
    orderBy: { id: "asc" },
  });
}
