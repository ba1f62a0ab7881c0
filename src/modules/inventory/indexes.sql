-- One level per item and location; quantities are never negative; SKUs are unique among live items.
CREATE UNIQUE INDEX "IDX_inventory_level_item_location" ON "inventory_level" ("inventory_item_id", "location_id") WHERE "deleted_at" IS NULL;
CREATE UNIQUE INDEX "IDX_inventory_item_sku_unique" ON "inventory_item" ("sku") WHERE "deleted_at" IS NULL;
ALTER TABLE "inventory_level" ADD CONSTRAINT "CHK_inventory_level_quantities" CHECK ("stocked_quantity" >= 0 AND "reserved_quantity" >= 0 AND "incoming_quantity" >= 0);
ALTER TABLE "reservation_item" ADD CONSTRAINT "CHK_reservation_item_quantity" CHECK ("quantity" > 0);
