import { TesseraError } from "../../framework/errors/tessera-error.ts";

/** The quantity columns of an order line item that fulfilments, shipments and returns move. */
export const ITEM_QUANTITY_COLUMNS = [
  "fulfilled_quantity",
  "shipped_quantity",
  "delivered_quantity",
  "return_requested_quantity",
  "return_received_quantity",
  "written_off_quantity",
] as const;
export type ItemQuantityColumn = (typeof ITEM_QUANTITY_COLUMNS)[number];

/** What one action does to one line item: signed deltas of its quantity columns. */
export interface ItemQuantityMove {
  item_id: string;
  deltas: Partial<Record<ItemQuantityColumn, number>>;
  /** Where a refusal points in the caller's input (`["items", "0", "quantity"]`). */
  field?: string[];
}

type ItemQuantities = { id: string; quantity: number } & Record<ItemQuantityColumn, number>;

const refuse = (message: string, field: string[] | undefined) =>
  new TesseraError(TesseraError.Types.NOT_ALLOWED, message, { field: field ?? ["items"] });

/**
 * Applies moves to an order's items and checks what must always hold: delivered ≤ shipped ≤
 * fulfilled ≤ ordered, and what is asked back, received back or written off together never
 * exceeds what was shipped. Returns the new quantities of the items moved; a move breaking a rule
 * is NOT_ALLOWED on its field, an item not of the order NOT_FOUND.
 */
export function applyItemQuantityMoves(items: ItemQuantities[], moves: ItemQuantityMove[]): ItemQuantities[] {
  const byId = new Map(items.map((i) => [i.id, { ...i }]));
  const touched = new Map<string, ItemQuantities>();
  for (const move of moves) {
    const item = byId.get(move.item_id);
    if (!item)
      throw new TesseraError(TesseraError.Types.NOT_FOUND, `Item ${move.item_id} is not an item of this order`, {
        field: move.field ? [...move.field.slice(0, -1), "id"] : ["items"],
      });
    for (const column of ITEM_QUANTITY_COLUMNS) {
      const delta = move.deltas[column] ?? 0;
      if (!Number.isInteger(delta))
        throw new TesseraError(TesseraError.Types.INVALID_DATA, "Quantities are whole numbers", {
          field: move.field ?? ["items"],
        });
      item[column] += delta;
    }
    const back = item.return_requested_quantity + item.return_received_quantity + item.written_off_quantity;
    if (item.fulfilled_quantity > item.quantity)
      throw refuse(
        `Item ${item.id}: only ${item.quantity - (item.fulfilled_quantity - (move.deltas.fulfilled_quantity ?? 0))} of ${item.quantity} are left to fulfil`,
        move.field,
      );
    if (item.shipped_quantity > item.fulfilled_quantity)
      throw refuse(`Item ${item.id}: cannot ship more than is fulfilled and not shipped`, move.field);
    if (item.delivered_quantity > item.shipped_quantity)
      throw refuse(`Item ${item.id}: cannot deliver more than is shipped`, move.field);
    if (back > item.shipped_quantity)
      throw refuse(`Item ${item.id}: cannot return more than was shipped and not returned already`, move.field);
    if (ITEM_QUANTITY_COLUMNS.some((c) => item[c] < 0))
      throw refuse(`Item ${item.id}: a quantity cannot go below zero`, move.field);
    touched.set(item.id, item);
  }
  return [...touched.values()];
}

/** The moves that undo `moves` (a compensation, or cancelling a fulfilment). */
export const reverseMoves = (moves: ItemQuantityMove[]): ItemQuantityMove[] =>
  moves.map((m) => ({
    ...m,
    deltas: Object.fromEntries(Object.entries(m.deltas).map(([k, v]) => [k, -(v ?? 0)])),
  }));
