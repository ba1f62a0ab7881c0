import { TesseraError } from "../../framework/errors/tessera-error.ts";
import { ModuleService, type Context, type CreateInput, type Row } from "../../framework/modules/service-factory.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { InventoryItem, InventoryLevel, ReservationItem } from "./models.ts";

export interface ReservationInput {
  /** Given when a reservation is put back (a compensation); generated otherwise. */
  id?: string;
  inventory_item_id: string;
  location_id: string;
  quantity: number;
  line_item_id?: string | null;
  description?: string | null;
  /** Reserve even when the location has too little available (backorder). Default false. */
  allow_backorder?: boolean;
  metadata?: Record<string, unknown> | null;
}

/** A change of stock at a location: `stocked` and `reserved` (the line item's reservation there) are signed deltas. */
export interface StockMove {
  inventory_item_id: string;
  location_id: string;
  line_item_id?: string | null;
  stocked: number;
  reserved: number;
}

/** Units of an inventory item leaving a location for a line item (a fulfilment). */
export interface FulfillStockInput {
  inventory_item_id: string;
  location_id: string;
  line_item_id: string;
  quantity: number;
}

/** A level as locked for a write. */
type LevelRow = {
  id: string;
  inventory_item_id: string;
  location_id: string;
  stocked_quantity: number;
  reserved_quantity: number;
};

/**
 * stocked and reserved summed per item over the live levels at `locationIds` (all when undefined,
 * none when empty), for the item ids `itemIds` selects: the one place the level filter is written,
 * for the per-item reads and the per-owner read alike.
 */
const levelSums = (itemIds: Prisma.Sql, locationIds: string[] | undefined) => Prisma.sql`
  SELECT inventory_item_id, SUM(stocked_quantity)::bigint AS stocked, SUM(reserved_quantity)::bigint AS reserved
  FROM inventory_level
  WHERE deleted_at IS NULL AND inventory_item_id IN (${itemIds})
    AND (${locationIds === undefined} OR location_id = ANY(${locationIds ?? []}::text[]))
  GROUP BY inventory_item_id`;

const levelKey = (itemId: string, locationId: string) => `${itemId}\u0000${locationId}`;

/** Quantities per inventory item, summed over the locations asked about. */
export type QuantityByItem = Map<string, number>;

/**
 * The rows `(owner_id, inventory_item_id, required_quantity)` naming the items to count for each
 * owner: a link table's rows (one statement counts a page of variants through their link).
 */
export type InventoryItemSource = Prisma.Sql;

/** An owner's item with the units available of it over the locations asked about. */
export interface OwnedItemQuantity {
  owner_id: string;
  inventory_item_id: string;
  required_quantity: number;
  available: number;
}

export default class InventoryModuleService extends ModuleService({ InventoryItem, InventoryLevel, ReservationItem }) {
  /** stocked − reserved per item over the given locations (all locations when none given); one SQL statement. */
  async retrieveAvailableQuantities(itemIds: string[], locationIds?: string[], ctx?: Context): Promise<QuantityByItem> {
    return this.sumLevels(itemIds, locationIds, "available", ctx);
  }

  /**
   * stocked − reserved of each item `source` names, per owner, over the given locations (all when
   * undefined, none when empty): the source's rows and the level sums in one SQL statement.
   */
  async retrieveAvailableQuantitiesOf(
    source: InventoryItemSource,
    locationIds: string[] | undefined,
    ctx?: Context,
  ): Promise<OwnedItemQuantity[]> {
    const rows = await this.client(ctx).$queryRaw<(Omit<OwnedItemQuantity, "available"> & { available: bigint })[]>`
      WITH items AS (${source})
      SELECT items.owner_id, items.inventory_item_id, items.required_quantity::int AS required_quantity,
        COALESCE(s.stocked - s.reserved, 0)::bigint AS available
      FROM items
      LEFT JOIN (${levelSums(Prisma.sql`SELECT inventory_item_id FROM items`, locationIds)}) s
        ON s.inventory_item_id = items.inventory_item_id`;
    return rows.map((row) => ({ ...row, available: Number(row.available) }));
  }

  /** stocked per item over the given locations; one SQL statement. */
  async retrieveStockedQuantities(itemIds: string[], locationIds?: string[], ctx?: Context): Promise<QuantityByItem> {
    return this.sumLevels(itemIds, locationIds, "stocked", ctx);
  }

  /** reserved per item over the given locations; one SQL statement. */
  async retrieveReservedQuantities(itemIds: string[], locationIds?: string[], ctx?: Context): Promise<QuantityByItem> {
    return this.sumLevels(itemIds, locationIds, "reserved", ctx);
  }

  /** Available quantity of one item at the locations (Medusa's retrieveAvailableQuantity). */
  async retrieveAvailableQuantity(itemId: string, locationIds?: string[], ctx?: Context): Promise<number> {
    return (await this.retrieveAvailableQuantities([itemId], locationIds, ctx)).get(itemId) ?? 0;
  }

  private async sumLevels(
    itemIds: string[],
    locationIds: string[] | undefined,
    what: "available" | "stocked" | "reserved",
    ctx?: Context,
  ): Promise<QuantityByItem> {
    const out: QuantityByItem = new Map(itemIds.map((id) => [id, 0]));
    if (!itemIds.length || locationIds?.length === 0) return out;
    const rows = await this.client(ctx).$queryRaw<{ inventory_item_id: string; stocked: bigint; reserved: bigint }[]>(
      levelSums(Prisma.sql`SELECT unnest(${itemIds}::text[])`, locationIds),
    );
    for (const row of rows) {
      const stocked = Number(row.stocked);
      const reserved = Number(row.reserved);
      out.set(
        row.inventory_item_id,
        what === "stocked" ? stocked : what === "reserved" ? reserved : stocked - reserved,
      );
    }
    return out;
  }

  /**
   * Locks the live levels of the (item, location) pairs for the rest of the transaction, in id
   * order so two writers never wait on each other crosswise. Every write that changes a stocked or
   * reserved quantity goes through here first; that is what keeps concurrent writers from drifting.
   */
  private async lockLevels(
    pairs: { itemId: string; locationId: string }[],
    c: Context,
  ): Promise<Map<string, LevelRow>> {
    const items = pairs.map((p) => p.itemId);
    const locations = pairs.map((p) => p.locationId);
    const rows = await this.client(c).$queryRaw<LevelRow[]>`
      SELECT l.id, l.inventory_item_id, l.location_id, l.stocked_quantity, l.reserved_quantity FROM inventory_level l
      JOIN unnest(${items}::text[], ${locations}::text[]) AS p(item_id, location_id) ON l.inventory_item_id = p.item_id AND l.location_id = p.location_id
      WHERE l.deleted_at IS NULL ORDER BY l.id FOR UPDATE OF l`;
    return new Map(rows.map((r) => [levelKey(r.inventory_item_id, r.location_id), r]));
  }

  /** Locks levels by id (see lockLevels); unknown or deleted ones are NOT_FOUND. */
  private async lockLevelsById(ids: string[], c: Context): Promise<Map<string, LevelRow>> {
    const rows = await this.client(c).$queryRaw<LevelRow[]>`
      SELECT id, inventory_item_id, location_id, stocked_quantity, reserved_quantity FROM inventory_level
      WHERE id = ANY(${ids}::text[]) AND deleted_at IS NULL ORDER BY id FOR UPDATE`;
    const missing = ids.find((id) => !rows.some((r) => r.id === id));
    if (missing)
      throw new TesseraError(TesseraError.Types.NOT_FOUND, `InventoryLevel with id ${missing} was not found`, {
        field: ["id"],
      });
    return new Map(rows.map((r) => [r.id, r]));
  }

  /**
   * Sets each level's reserved quantity to the sum of its live reservations, in one statement:
   * the count is recomputed from the rows, never adjusted by a delta read earlier.
   */
  private async recomputeReserved(levelIds: string[], c: Context): Promise<void> {
    await this.client(c).$executeRaw`
      UPDATE inventory_level l SET updated_at = now(), reserved_quantity = COALESCE((
        SELECT SUM(r.quantity) FROM reservation_item r
        WHERE r.inventory_item_id = l.inventory_item_id AND r.location_id = l.location_id AND r.deleted_at IS NULL), 0)
      WHERE l.id = ANY(${[...new Set(levelIds)]}::text[])`;
  }

  /** What a level's stock must cover: its live reservations that did not allow backorder. */
  private async committedQuantity(level: LevelRow, c: Context): Promise<number> {
    const [row] = await this.client(c).$queryRaw<{ committed: bigint }[]>`
      SELECT COALESCE(SUM(quantity), 0)::bigint AS committed FROM reservation_item
      WHERE inventory_item_id = ${level.inventory_item_id} AND location_id = ${level.location_id} AND deleted_at IS NULL AND NOT allow_backorder`;
    return Number(row?.committed ?? 0);
  }

  private static checkAvailable(
    level: LevelRow,
    growth: number,
    allowBackorder: boolean,
    itemId: string,
    field: string[],
  ): void {
    const available = level.stocked_quantity - level.reserved_quantity;
    if (growth > 0 && !allowBackorder && growth > available) {
      throw new TesseraError(
        TesseraError.Types.NOT_ALLOWED,
        `Not enough stock of ${itemId}: ${available} available, ${growth} asked`,
        { field },
      );
    }
  }

  /**
   * Reserves stock at a location, all or none. Asking for more than is available is NOT_ALLOWED
   * unless `allow_backorder`; levels are locked so concurrent reservations cannot oversell.
   */
  async createReservations(input: ReservationInput[], ctx?: Context): Promise<Row<"ReservationItem">[]> {
    return this.transaction(async (c) => {
      for (const [i, reservation] of input.entries()) {
        if (!Number.isInteger(reservation.quantity) || reservation.quantity <= 0) {
          throw new TesseraError(TesseraError.Types.INVALID_DATA, "quantity must be a positive integer", {
            field: [String(i), "quantity"],
          });
        }
      }
      const levels = await this.lockLevels(
        input.map((r) => ({ itemId: r.inventory_item_id, locationId: r.location_id })),
        c,
      );
      for (const [i, reservation] of input.entries()) {
        const level = levels.get(levelKey(reservation.inventory_item_id, reservation.location_id));
        if (!level)
          throw new TesseraError(
            TesseraError.Types.INVALID_DATA,
            `Item ${reservation.inventory_item_id} is not stocked at location ${reservation.location_id}`,
            { field: [String(i), "locationId"] },
          );
        InventoryModuleService.checkAvailable(
          level,
          reservation.quantity,
          reservation.allow_backorder ?? false,
          reservation.inventory_item_id,
          [String(i), "quantity"],
        );
        level.reserved_quantity += reservation.quantity;
      }
      // Every reservation checked first, then all written in one statement (an order of N lines costs what one costs).
      const out = await this.createReservationItems(
        input.map((r) => ({ ...r, metadata: r.metadata ?? undefined }) as CreateInput<"ReservationItem">),
        c,
      );
      await this.recomputeReserved(
        [...levels.values()].map((l) => l.id),
        c,
      );
      return out;
    }, ctx);
  }

  /** The live reservation, read after its level is locked (so no concurrent writer changes it under us). */
  private async lockedReservation(
    id: string,
    c: Context,
  ): Promise<{ reservation: Row<"ReservationItem">; level: LevelRow }> {
    const { inventory_item_id, location_id } = await this.retrieveReservationItem(id, {}, c);
    const level = (await this.lockLevels([{ itemId: inventory_item_id, locationId: location_id }], c)).get(
      levelKey(inventory_item_id, location_id),
    );
    if (!level)
      throw new TesseraError(
        TesseraError.Types.NOT_ALLOWED,
        `Item ${inventory_item_id} is no longer stocked at location ${location_id}`,
        { field: ["id"] },
      );
    return { reservation: await this.retrieveReservationItem(id, {}, c), level };
  }

  /** Changes a reservation's quantity; growing it checks availability like a new reservation. */
  async updateReservationQuantity(id: string, quantity: number, ctx?: Context): Promise<Row<"ReservationItem">> {
    return this.transaction(async (c) => {
      if (!Number.isInteger(quantity) || quantity <= 0)
        throw new TesseraError(TesseraError.Types.INVALID_DATA, "quantity must be a positive integer", {
          field: ["quantity"],
        });
      const { reservation, level } = await this.lockedReservation(id, c);
      InventoryModuleService.checkAvailable(
        level,
        quantity - reservation.quantity,
        reservation.allow_backorder,
        reservation.inventory_item_id,
        ["quantity"],
      );
      const updated = await this.updateReservationItems({ id, quantity }, c);
      await this.recomputeReserved([level.id], c);
      return updated;
    }, ctx);
  }

  /**
   * Deletes reservations and gives their quantities back to the levels; returns the rows deleted.
   * One another writer deleted first is NOT_FOUND, so two deletes never both give it back.
   */
  async deleteReservations(ids: string[], ctx?: Context): Promise<Row<"ReservationItem">[]> {
    return this.transaction(async (c) => {
      const found = await this.listReservationItems({ id: ids }, {}, c);
      const levels = await this.lockLevels(
        found.map((r) => ({ itemId: r.inventory_item_id, locationId: r.location_id })),
        c,
      );
      const rows = await this.listReservationItems({ id: ids }, {}, c);
      const missing = ids.find((id) => !rows.some((r) => r.id === id));
      if (missing)
        throw new TesseraError(TesseraError.Types.NOT_FOUND, `ReservationItem with id ${missing} was not found`, {
          field: ["id"],
        });
      await this.deleteReservationItems(
        rows.map((r) => r.id),
        c,
      );
      await this.recomputeReserved(
        [...levels.values()].map((l) => l.id),
        c,
      );
      return rows;
    }, ctx);
  }

  /** Sets a level's stocked and incoming quantities in one transaction, under the level's lock. */
  async setLevelQuantities(
    id: string,
    quantities: { stocked_quantity?: number; incoming_quantity?: number },
    ctx?: Context,
  ): Promise<Row<"InventoryLevel">> {
    return this.transaction(async (c) => {
      const level = (await this.lockLevelsById([id], c)).get(id);
      if (!level)
        throw new TesseraError(TesseraError.Types.NOT_FOUND, `InventoryLevel with id ${id} was not found`, {
          field: ["id"],
        });
      if (quantities.stocked_quantity !== undefined) await this.setStocked(level, quantities.stocked_quantity, c);
      if (quantities.incoming_quantity !== undefined)
        await this.updateInventoryLevels({ id, incoming_quantity: quantities.incoming_quantity }, c);
      return this.retrieveInventoryLevel(id, {}, c);
    }, ctx);
  }

  /**
   * Adds `delta` (may be negative) to the stocked quantity of a level under its row lock, so
   * concurrent adjustments all apply (Medusa's adjustInventory). Stock never goes below zero
   * (INVALID_DATA) nor below what reservations without backorder hold (NOT_ALLOWED); an item not
   * stocked at the location is INVALID_DATA with code NOT_STOCKED_AT_LOCATION. Errors name `delta`.
   */
  async adjustInventory(
    itemId: string,
    locationId: string,
    delta: number,
    ctx?: Context,
  ): Promise<Row<"InventoryLevel">> {
    return this.transaction(async (c) => {
      if (!Number.isInteger(delta))
        throw new TesseraError(TesseraError.Types.INVALID_DATA, "delta must be an integer", { field: ["delta"] });
      const level = (await this.lockLevels([{ itemId, locationId }], c)).get(levelKey(itemId, locationId));
      if (!level)
        throw new TesseraError(
          TesseraError.Types.INVALID_DATA,
          `Item ${itemId} is not stocked at location ${locationId}`,
          { field: ["locationId"], code: "NOT_STOCKED_AT_LOCATION" },
        );
      return this.setStocked(level, level.stocked_quantity + delta, c, ["delta"]);
    }, ctx);
  }

  /**
   * Sets a locked level's stock. Below zero is INVALID_DATA; below what its reservations without
   * backorder hold is NOT_ALLOWED (availability would go negative and they could not be shipped).
   */
  private async setStocked(
    level: LevelRow,
    stocked: number,
    c: Context,
    field = ["stockedQuantity"],
  ): Promise<Row<"InventoryLevel">> {
    if (stocked < 0)
      throw new TesseraError(TesseraError.Types.INVALID_DATA, `Stock cannot go below zero (asked ${stocked})`, {
        field,
      });
    if (stocked < level.stocked_quantity) {
      const committed = await this.committedQuantity(level, c);
      if (stocked < committed) {
        throw new TesseraError(
          TesseraError.Types.NOT_ALLOWED,
          `Stock of ${level.inventory_item_id} cannot go below the ${committed} reserved (asked ${stocked}); release reservations first`,
          { field },
        );
      }
    }
    return this.updateInventoryLevels({ id: level.id, stocked_quantity: stocked }, c);
  }

  /**
   * Soft-deletes levels. A level that still holds reservations is NOT_ALLOWED: its reservations
   * would point at stock that no longer exists.
   */
  async deleteLevels(ids: string[], ctx?: Context): Promise<void> {
    await this.transaction(async (c) => {
      const levels = await this.lockLevelsById(ids, c);
      for (const level of levels.values()) {
        const [held] = await this.listReservationItems(
          { inventory_item_id: level.inventory_item_id, location_id: level.location_id },
          { take: 1 },
          c,
        );
        if (held)
          throw new TesseraError(
            TesseraError.Types.NOT_ALLOWED,
            `Inventory level ${level.id} still has reservations; delete them first`,
            { field: ["id"] },
          );
      }
      await this.softDeleteInventoryLevels(ids, c);
    }, ctx);
  }

  /**
   * Ships units out of a location (Medusa's fulfilment inventory update): the line item's
   * reservations are consumed (this location's first; ones held elsewhere are released, since the
   * units now leave from here) and the location's stock goes down by the quantity. A location
   * without a level for the item is INVALID_DATA; one whose stock would no longer cover its other
   * reservations NOT_ALLOWED (both on `locationId`). Returns the moves made, which
   * applyStockMoves with negated deltas undoes.
   */
  async fulfillStock(input: FulfillStockInput[], ctx?: Context): Promise<StockMove[]> {
    return this.transaction(async (c) => {
      const moves: StockMove[] = [];
      for (const line of input) {
        const held = await this.listReservationItems(
          { line_item_id: line.line_item_id, inventory_item_id: line.inventory_item_id },
          { order: { id: "ASC" } },
          c,
        );
        held.sort((a, b) => Number(b.location_id === line.location_id) - Number(a.location_id === line.location_id));
        let left = line.quantity;
        for (const r of held) {
          const take = Math.min(left, r.quantity);
          if (take <= 0) break;
          left -= take;
          moves.push({ ...line, location_id: r.location_id, stocked: 0, reserved: -take });
        }
        moves.push({ ...line, stocked: -line.quantity, reserved: 0 });
      }
      await this.applyStockMoves(moves, c);
      return moves;
    }, ctx);
  }

  /**
   * Applies stock moves in one transaction under the levels' locks: reservations of the line item
   * at the location shrink (deleted at zero) or grow (created when it had none), then stocked
   * quantities change as setStocked allows. Growing stock where the item has no level creates
   * the level (a return restocked where the item was never kept).
   */
  async applyStockMoves(moves: StockMove[], ctx?: Context): Promise<void> {
    await this.transaction(async (c) => {
      if (!moves.length) return;
      const pairs = moves.map((m) => ({ itemId: m.inventory_item_id, locationId: m.location_id }));
      let levels = await this.lockLevels(pairs, c);
      const missing = moves.filter((m) => !levels.has(levelKey(m.inventory_item_id, m.location_id)));
      if (missing.some((m) => m.stocked < 0 || m.reserved !== 0))
        throw new TesseraError(
          TesseraError.Types.INVALID_DATA,
          `Item ${missing[0]?.inventory_item_id} is not stocked at location ${missing[0]?.location_id}`,
          { field: ["locationId"] },
        );
      if (missing.length) {
        const fresh = [...new Map(missing.map((m) => [levelKey(m.inventory_item_id, m.location_id), m])).values()];
        await this.createInventoryLevels(
          fresh.map((m) => ({ inventory_item_id: m.inventory_item_id, location_id: m.location_id })),
          c,
        );
        levels = await this.lockLevels(pairs, c);
      }
      for (const m of moves.filter((x) => x.reserved !== 0)) await this.moveReservation(m, c);
      await this.recomputeReserved(
        [...levels.values()].map((l) => l.id),
        c,
      );
      for (const m of moves.filter((x) => x.stocked !== 0)) {
        const level = levels.get(levelKey(m.inventory_item_id, m.location_id));
        if (!level) continue;
        try {
          await this.setStocked(level, level.stocked_quantity + m.stocked, c);
        } catch (error) {
          if (!TesseraError.is(error)) throw error;
          throw new TesseraError(
            TesseraError.Types.NOT_ALLOWED,
            `Location ${m.location_id} has not enough stock of ${m.inventory_item_id} for ${-m.stocked} more`,
            { field: ["locationId"] },
          );
        }
        level.stocked_quantity += m.stocked;
      }
    }, ctx);
  }

  /** Grows or shrinks the line item's reservation of the item at the location. */
  private async moveReservation(m: StockMove, c: Context): Promise<void> {
    const held = await this.listReservationItems(
      { line_item_id: m.line_item_id ?? null, inventory_item_id: m.inventory_item_id, location_id: m.location_id },
      { order: { id: "ASC" } },
      c,
    );
    if (m.reserved > 0) {
      const [first] = held;
      if (first) await this.updateReservationItems({ id: first.id, quantity: first.quantity + m.reserved }, c);
      else
        await this.createReservationItems(
          {
            inventory_item_id: m.inventory_item_id,
            location_id: m.location_id,
            line_item_id: m.line_item_id ?? null,
            quantity: m.reserved,
          },
          c,
        );
      return;
    }
    let left = -m.reserved;
    for (const r of held) {
      const take = Math.min(left, r.quantity);
      if (take <= 0) break;
      left -= take;
      if (take === r.quantity) await this.deleteReservationItems([r.id], c);
      else await this.updateReservationItems({ id: r.id, quantity: r.quantity - take }, c);
    }
  }
}
