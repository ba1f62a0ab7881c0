-- CreateTable
CREATE TABLE "link_product_sales_channel" (
    "product_id" TEXT NOT NULL,
    "sales_channel_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "link_product_sales_channel_pkey" PRIMARY KEY ("product_id","sales_channel_id")
);

-- CreateTable
CREATE TABLE "link_sales_channel_stock_location" (
    "sales_channel_id" TEXT NOT NULL,
    "stock_location_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "link_sales_channel_stock_location_pkey" PRIMARY KEY ("sales_channel_id","stock_location_id")
);

-- CreateIndex
CREATE INDEX "link_product_sales_channel_product_id_idx" ON "link_product_sales_channel"("product_id");

-- CreateIndex
CREATE INDEX "link_product_sales_channel_sales_channel_id_idx" ON "link_product_sales_channel"("sales_channel_id");

-- CreateIndex
CREATE INDEX "link_product_sales_channel_deleted_at_idx" ON "link_product_sales_channel"("deleted_at");

-- CreateIndex
CREATE INDEX "link_sales_channel_stock_location_sales_channel_id_idx" ON "link_sales_channel_stock_location"("sales_channel_id");

-- CreateIndex
CREATE INDEX "link_sales_channel_stock_location_stock_location_id_idx" ON "link_sales_channel_stock_location"("stock_location_id");

-- CreateIndex
CREATE INDEX "link_sales_channel_stock_location_deleted_at_idx" ON "link_sales_channel_stock_location"("deleted_at");
