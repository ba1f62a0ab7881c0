import { TesseraError } from "../../framework/errors/tessera-error.ts";
import { ModuleService, type Context, type CreateInput, type Row } from "../../framework/modules/service-factory.ts";
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

type LevelRow = { id: string; stocked_quantity: number; reserved_quantity: number };

/** Quantities per inventory item, summed over the locations asked about. */
export type QuantityByItem = Map<string, number>;

export default class InventoryModuleService extends ModuleService({ InventoryItem, InventoryLevel, ReservationItem }) {
  /** stocked − reserved per item over the given locations (all locations when none given); one SQL statement. */
  async retrieveAvailableQuantities(itemIds: string[], locationIds?: string[], ctx?: Context): Promise<QuantityByItem> {
    return this.sumLevels(itemIds, locationIds, "available", ctx);
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

  private async sumLevels(itemIds: string[], locationIds: string[] | undefined, what: "available" | "stocked" | "reserved", ctx?: Context): Promise<QuantityByItem> {
    const out: QuantityByItem = new Map(itemIds.map((id) => [id, 0]));
    if (!itemIds.length || locationIds?.length === 0) return out;
    const rows = await this.client(ctx).$queryRaw<{ id: string; stocked: bigint; reserved: bigint }[]>`
      SELECT inventory_item_id AS id, COALESCE(SUM(stocked_quantity), 0)::bigint AS stocked, COALESCE(SUM(reserved_quantity), 0)::bigint AS reserved
      FROM inventory_level
      WHERE deleted_at IS NULL AND inventory_item_id = ANY(${itemIds}::text[])
        AND (${locationIds === undefined} OR location_id = ANY(${locationIds ?? []}::text[]))
      GROUP BY inventory_item_id`;
    for (const row of rows) {
      const stocked = Number(row.stocked);
      const reserved = Number(row.reserved);
      out.set(row.id, what === "stocked" ? stocked : what === "reserved" ? reserved : stocked - reserved);
    }
    return out;
  }

  /** The level of an item at a location, locked for the rest of the transaction. */
  private async lockLevel(itemId: string, locationId: string, field: string[], ctx: Context): Promise<LevelRow> {
    const [level] = await this.client(ctx).$queryRaw<LevelRow[]>`
      SELECT id, stocked_quantity, reserved_quantity FROM inventory_level
      WHERE inventory_item_id = ${itemId} AND location_id = ${locationId} AND deleted_at IS NULL FOR UPDATE`;
    if (!level) throw new TesseraError(TesseraError.Types.INVALID_DATA, `Item ${itemId} is not stocked at location ${locationId}`, { field });
    return level;
  }

  private async reserveOnLevel(level: LevelRow, quantity: number, allowBackorder: boolean, itemId: string, field: string[], ctx: Context): Promise<void> {
    const available = level.stocked_quantity - level.reserved_quantity;
    if (quantity > 0 && !allowBackorder && quantity > available) {
      throw new TesseraError(TesseraError.Types.NOT_ALLOWED, `Not enough stock of ${itemId}: ${available} available, ${quantity} asked`, { field });
    }
    await this.client(ctx).$executeRaw`UPDATE inventory_level SET reserved_quantity = GREATEST(reserved_quantity + ${quantity}, 0), updated_at = now() WHERE id = ${level.id}`;
  }

  /**
   * Reserves stock at a location, all or none. Asking for more than is available is NOT_ALLOWED
   * unless `allow_backorder`; levels are locked so concurrent reservations cannot oversell.
   */
  async createReservations(input: ReservationInput[], ctx?: Context): Promise<Row<"ReservationItem">[]> {
    return this.transaction(async (c) => {
      const out: Row<"ReservationItem">[] = [];
      for (const [i, reservation] of input.entries()) {
        if (!Number.isInteger(reservation.quantity) || reservation.quantity <= 0) {
          throw new TesseraError(TesseraError.Types.INVALID_DATA, "quantity must be a positive integer", { field: [String(i), "quantity"] });
        }
        const level = await this.lockLevel(reservation.inventory_item_id, reservation.location_id, [String(i), "locationId"], c);
        await this.reserveOnLevel(level, reservation.quantity, reservation.allow_backorder ?? false, reservation.inventory_item_id, [String(i), "quantity"], c);
        out.push(await this.createReservationItems({ ...reservation, metadata: reservation.metadata ?? undefined } as CreateInput<"ReservationItem">, c));
      }
      return out;
    }, ctx);
  }

  /** Changes a reservation's quantity; growing it checks availability like a new reservation. */
  async updateReservationQuantity(id: string, quantity: number, ctx?: Context): Promise<Row<"ReservationItem">> {
    return this.transaction(async (c) => {
      if (!Number.isInteger(quantity) || quantity <= 0) throw new TesseraError(TesseraError.Types.INVALID_DATA, "quantity must be a positive integer", { field: ["quantity"] });
      const current = await this.retrieveReservationItem(id, {}, c);
      const level = await this.lockLevel(current.inventory_item_id, current.location_id, ["locationId"], c);
      await this.reserveOnLevel(level, quantity - current.quantity, current.allow_backorder, current.inventory_item_id, ["quantity"], c);
      return this.updateReservationItems({ id, quantity }, c);
    }, ctx);
  }

  /** Deletes reservations and gives their quantities back to the levels. */
  async deleteReservations(ids: string[], ctx?: Context): Promise<void> {
    await this.transaction(async (c) => {
      const rows = await this.listReservationItems({ id: ids }, {}, c);
      for (const row of rows) {
        const level = await this.lockLevel(row.inventory_item_id, row.location_id, ["id"], c);
        await this.reserveOnLevel(level, -row.quantity, true, row.inventory_item_id, ["id"], c);
      }
      await this.deleteReservationItems(rows.map((r) => r.id), c);
    }, ctx);
  }

  /** Sets a level's stocked and incoming quantities in one transaction. */
  async setLevelQuantities(id: string, quantities: { stocked_quantity?: number; incoming_quantity?: number }, ctx?: Context): Promise<Row<"InventoryLevel">> {
    return this.transaction(async (c) => {
      const level = await this.retrieveInventoryLevel(id, {}, c);
      if (quantities.stocked_quantity !== undefined) await this.adjustInventory(level.inventory_item_id, level.location_id, quantities.stocked_quantity - level.stocked_quantity, c);
      if (quantities.incoming_quantity !== undefined) await this.updateInventoryLevels({ id, incoming_quantity: quantities.incoming_quantity }, c);
      return this.retrieveInventoryLevel(id, {}, c);
    }, ctx);
  }

  /** Adds `delta` (may be negative) to the stocked quantity of a level (never below zero); reservations may then exceed stock, as backorders do. */
  async adjustInventory(itemId: string, locationId: string, delta: number, ctx?: Context): Promise<Row<"InventoryLevel">> {
    return this.transaction(async (c) => {
      if (!Number.isInteger(delta)) throw new TesseraError(TesseraError.Types.INVALID_DATA, "adjustment must be an integer", { field: ["adjustment"] });
      const level = await this.lockLevel(itemId, locationId, ["locationId"], c);
      const stocked = level.stocked_quantity + delta;
      if (stocked < 0) throw new TesseraError(TesseraError.Types.INVALID_DATA, "Stock cannot go below zero", { field: ["stockedQuantity"] });
      return this.updateInventoryLevels({ id: level.id, stocked_quantity: stocked }, c);
    }, ctx);
  }
}
