-- CreateTable
CREATE TABLE "link_product_brand" (
    "product_id" TEXT NOT NULL,
    "brand_id" TEXT NOT NULL,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "link_product_brand_pkey" PRIMARY KEY ("product_id","brand_id")
);

-- CreateTable
CREATE TABLE "link_product_my_custom" (
    "product_id" TEXT NOT NULL,
    "my_custom_id" TEXT NOT NULL,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "link_product_my_custom_pkey" PRIMARY KEY ("product_id","my_custom_id")
);

-- CreateIndex
CREATE INDEX "link_product_brand_product_id_idx" ON "link_product_brand"("product_id");

-- CreateIndex
CREATE INDEX "link_product_brand_brand_id_idx" ON "link_product_brand"("brand_id");

-- CreateIndex
CREATE INDEX "link_product_brand_deleted_at_idx" ON "link_product_brand"("deleted_at");

-- CreateIndex
CREATE INDEX "link_product_my_custom_product_id_idx" ON "link_product_my_custom"("product_id");

-- CreateIndex
CREATE INDEX "link_product_my_custom_my_custom_id_idx" ON "link_product_my_custom"("my_custom_id");

-- CreateIndex
CREATE INDEX "link_product_my_custom_deleted_at_idx" ON "link_product_my_custom"("deleted_at");

CREATE UNIQUE INDEX "IDX_link_product_brand_product_id_unique" ON "link_product_brand" ("product_id") WHERE "deleted_at" IS NULL;

CREATE UNIQUE INDEX "IDX_link_product_my_custom_product_id_unique" ON "link_product_my_custom" ("product_id") WHERE "deleted_at" IS NULL;

CREATE UNIQUE INDEX "IDX_link_product_my_custom_my_custom_id_unique" ON "link_product_my_custom" ("my_custom_id") WHERE "deleted_at" IS NULL;
