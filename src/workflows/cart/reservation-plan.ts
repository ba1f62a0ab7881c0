import type { TesseraContainer } from "../../framework/container/container.ts";
import { TesseraError } from "../../framework/errors/tessera-error.ts";
import { linkByEntryPoint } from "../../framework/links/registry.ts";
import type { Context } from "../../framework/modules/service-factory.ts";
import type { ReservationInput } from "../../modules/inventory/service.ts";

/** An order line to reserve stock for. */
export interface LineToReserve {
  id: string;
  variant_id: string | null;
  variant_sku?: string | null;
  quantity: number;
}

/** Out of stock: the typed error completion answers, whether found here or by the reservation's own check. */
export const outOfStock = (what: string) =>
  new TesseraError(TesseraError.Types.NOT_ALLOWED, `${what} is out of stock in this sales channel`, {
    field: ["items"],
    code: "INSUFFICIENT_INVENTORY",
  });

/**
 * Where each line's stock is reserved: for every inventory item of the line's variant (a kit has
 * several, each `required_quantity` times), the first of the channel's stock locations that has
 * enough available; a variant allowing backorder reserves at its first stocked location anyway.
 * Variants that do not manage inventory reserve nothing. Reads only: the reservation itself locks
 * the levels and checks again, so two carts racing for the last unit cannot both get it.
 */
export async function planReservations(
  container: TesseraContainer,
  salesChannelId: string | null,
  lines: LineToReserve[],
  ctx: Context,
): Promise<ReservationInput[]> {
  const itemLink = linkByEntryPoint("product_variant_inventory_item");
  const locationLink = linkByEntryPoint("sales_channel_stock_location");
  const variantIds = [...new Set(lines.map((l) => l.variant_id).filter((v): v is string => !!v))];
  if (!variantIds.length || !itemLink || !container.hasRegistration("inventory")) return [];
  const variants = await container
    .resolve("product")
    .listProductVariants(
      { id: variantIds },
      { select: ["id", "sku", "manage_inventory", "allow_backorder"], withDeleted: true },
      ctx,
    );
  const tracked = new Map(variants.filter((v) => v.manage_inventory).map((v) => [v.id, v]));
  if (!tracked.size) return [];
  const link = container.resolve("link");
  const items = await link.list(itemLink, { product_variant_id: [...tracked.keys()] }, ctx);
  const locations =
    locationLink && salesChannelId
      ? (await link.list(locationLink, { sales_channel_id: salesChannelId }, ctx)).map((l) =>
          String(l.stock_location_id),
        )
      : [];
  const levels = locations.length
    ? await container
        .resolve("inventory")
        .listInventoryLevels(
          { inventory_item_id: [...new Set(items.map((i) => String(i.inventory_item_id)))], location_id: locations },
          { order: { id: "ASC" } },
          ctx,
        )
    : [];
  // What each level still has once the lines before this one are served.
  const available = new Map(levels.map((l) => [l.id, l.stocked_quantity - l.reserved_quantity]));
  const out: ReservationInput[] = [];
  for (const line of lines) {
    const variant = line.variant_id ? tracked.get(line.variant_id) : undefined;
    if (!variant) continue;
    const own = items.filter((i) => i.product_variant_id === variant.id);
    if (!own.length && !variant.allow_backorder) throw outOfStock(`Variant ${variant.sku ?? variant.id}`);
    for (const item of own) {
      const needed = line.quantity * Math.max(1, Number(item.required_quantity ?? 1));
      const stocked = levels
        .filter((l) => l.inventory_item_id === item.inventory_item_id)
        .sort((a, b) => locations.indexOf(a.location_id) - locations.indexOf(b.location_id));
      const level =
        stocked.find((l) => (available.get(l.id) ?? 0) >= needed) ?? (variant.allow_backorder ? stocked[0] : undefined);
      if (!level) throw outOfStock(`Variant ${variant.sku ?? variant.id}`);
      available.set(level.id, (available.get(level.id) ?? 0) - needed);
      out.push({
        inventory_item_id: level.inventory_item_id,
        location_id: level.location_id,
        quantity: needed,
        line_item_id: line.id,
        description: variant.sku ?? variant.id,
        allow_backorder: variant.allow_backorder,
      });
    }
  }
  return out;
}
