-- CreateTable
CREATE TABLE "link_shipping_option_price_set" (
    "shipping_option_id" TEXT NOT NULL,
    "price_set_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "link_shipping_option_price_set_pkey" PRIMARY KEY ("shipping_option_id","price_set_id")
);

-- CreateTable
CREATE TABLE "link_stock_location_fulfillment_provider" (
    "stock_location_id" TEXT NOT NULL,
    "fulfillment_provider_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "link_stock_location_fulfillment_provider_pkey" PRIMARY KEY ("stock_location_id","fulfillment_provider_id")
);

-- CreateTable
CREATE TABLE "link_stock_location_fulfillment_set" (
    "stock_location_id" TEXT NOT NULL,
    "fulfillment_set_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "link_stock_location_fulfillment_set_pkey" PRIMARY KEY ("stock_location_id","fulfillment_set_id")
);

-- CreateIndex
CREATE INDEX "link_shipping_option_price_set_shipping_option_id_idx" ON "link_shipping_option_price_set"("shipping_option_id");

-- CreateIndex
CREATE INDEX "link_shipping_option_price_set_price_set_id_idx" ON "link_shipping_option_price_set"("price_set_id");

-- CreateIndex
CREATE INDEX "link_shipping_option_price_set_deleted_at_idx" ON "link_shipping_option_price_set"("deleted_at");

-- CreateIndex
CREATE INDEX "link_stock_location_fulfillment_provider_stock_location_id_idx" ON "link_stock_location_fulfillment_provider"("stock_location_id");

-- CreateIndex
CREATE INDEX "link_stock_location_fulfillment_provider_fulfillment_provid_idx" ON "link_stock_location_fulfillment_provider"("fulfillment_provider_id");

-- CreateIndex
CREATE INDEX "link_stock_location_fulfillment_provider_deleted_at_idx" ON "link_stock_location_fulfillment_provider"("deleted_at");

-- CreateIndex
CREATE INDEX "link_stock_location_fulfillment_set_stock_location_id_idx" ON "link_stock_location_fulfillment_set"("stock_location_id");

-- CreateIndex
CREATE INDEX "link_stock_location_fulfillment_set_fulfillment_set_id_idx" ON "link_stock_location_fulfillment_set"("fulfillment_set_id");

-- CreateIndex
CREATE INDEX "link_stock_location_fulfillment_set_deleted_at_idx" ON "link_stock_location_fulfillment_set"("deleted_at");

CREATE UNIQUE INDEX "IDX_link_shipping_option_price_set_shipping_option_id_unique" ON "link_shipping_option_price_set" ("shipping_option_id") WHERE "deleted_at" IS NULL;

CREATE UNIQUE INDEX "IDX_link_shipping_option_price_set_price_set_id_unique" ON "link_shipping_option_price_set" ("price_set_id") WHERE "deleted_at" IS NULL;

CREATE UNIQUE INDEX "IDX_link_stock_location_fulfillment_set_fulfillment_set_id_unique" ON "link_stock_location_fulfillment_set" ("fulfillment_set_id") WHERE "deleted_at" IS NULL;
