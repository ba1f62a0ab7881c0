-- CreateTable
CREATE TABLE "link_product_variant_inventory_item" (
    "product_variant_id" TEXT NOT NULL,
    "inventory_item_id" TEXT NOT NULL,
    "required_quantity" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "link_product_variant_inventory_item_pkey" PRIMARY KEY ("product_variant_id","inventory_item_id")
);

-- CreateTable
CREATE TABLE "link_product_variant_price_set" (
    "product_variant_id" TEXT NOT NULL,
    "price_set_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "link_product_variant_price_set_pkey" PRIMARY KEY ("product_variant_id","price_set_id")
);

-- CreateIndex
CREATE INDEX "link_product_variant_inventory_item_product_variant_id_idx" ON "link_product_variant_inventory_item"("product_variant_id");

-- CreateIndex
CREATE INDEX "link_product_variant_inventory_item_inventory_item_id_idx" ON "link_product_variant_inventory_item"("inventory_item_id");

-- CreateIndex
CREATE INDEX "link_product_variant_inventory_item_deleted_at_idx" ON "link_product_variant_inventory_item"("deleted_at");

-- CreateIndex
CREATE INDEX "link_product_variant_price_set_product_variant_id_idx" ON "link_product_variant_price_set"("product_variant_id");

-- CreateIndex
CREATE INDEX "link_product_variant_price_set_price_set_id_idx" ON "link_product_variant_price_set"("price_set_id");

-- CreateIndex
CREATE INDEX "link_product_variant_price_set_deleted_at_idx" ON "link_product_variant_price_set"("deleted_at");

CREATE UNIQUE INDEX "IDX_link_product_variant_inventory_item_inventory_item_id_unique" ON "link_product_variant_inventory_item" ("inventory_item_id") WHERE "deleted_at" IS NULL;

CREATE UNIQUE INDEX "IDX_link_product_variant_price_set_product_variant_id_unique" ON "link_product_variant_price_set" ("product_variant_id") WHERE "deleted_at" IS NULL;

CREATE UNIQUE INDEX "IDX_link_product_variant_price_set_price_set_id_unique" ON "link_product_variant_price_set" ("price_set_id") WHERE "deleted_at" IS NULL;
