-- CreateTable
CREATE TABLE "inventory_item" (
    "id" TEXT NOT NULL,
    "sku" TEXT,
    "title" TEXT,
    "description" TEXT,
    "requires_shipping" BOOLEAN NOT NULL DEFAULT true,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "inventory_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inventory_level" (
    "id" TEXT NOT NULL,
    "inventory_item_id" TEXT NOT NULL,
    "location_id" TEXT NOT NULL,
    "stocked_quantity" INTEGER NOT NULL DEFAULT 0,
    "reserved_quantity" INTEGER NOT NULL DEFAULT 0,
    "incoming_quantity" INTEGER NOT NULL DEFAULT 0,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "inventory_level_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reservation_item" (
    "id" TEXT NOT NULL,
    "inventory_item_id" TEXT NOT NULL,
    "location_id" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "line_item_id" TEXT,
    "description" TEXT,
    "allow_backorder" BOOLEAN NOT NULL DEFAULT false,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "reservation_item_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "inventory_level_inventory_item_id_idx" ON "inventory_level"("inventory_item_id");

-- CreateIndex
CREATE INDEX "inventory_level_location_id_idx" ON "inventory_level"("location_id");

-- CreateIndex
CREATE INDEX "reservation_item_inventory_item_id_location_id_idx" ON "reservation_item"("inventory_item_id", "location_id");

-- CreateIndex
CREATE INDEX "reservation_item_line_item_id_idx" ON "reservation_item"("line_item_id");

-- AddForeignKey
ALTER TABLE "inventory_level" ADD CONSTRAINT "inventory_level_inventory_item_id_fkey" FOREIGN KEY ("inventory_item_id") REFERENCES "inventory_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reservation_item" ADD CONSTRAINT "reservation_item_inventory_item_id_fkey" FOREIGN KEY ("inventory_item_id") REFERENCES "inventory_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE UNIQUE INDEX "IDX_inventory_level_item_location" ON "inventory_level" ("inventory_item_id", "location_id") WHERE "deleted_at" IS NULL;

CREATE UNIQUE INDEX "IDX_inventory_item_sku_unique" ON "inventory_item" ("sku") WHERE "deleted_at" IS NULL;

ALTER TABLE "inventory_level" ADD CONSTRAINT "CHK_inventory_level_quantities" CHECK ("stocked_quantity" >= 0 AND "reserved_quantity" >= 0 AND "incoming_quantity" >= 0);

ALTER TABLE "reservation_item" ADD CONSTRAINT "CHK_reservation_item_quantity" CHECK ("quantity" > 0);
