-- SQL that Prisma 6 cannot declare; `db:generate product` copies each statement whose object is
-- not in a migration yet. Unique values are unique among live (not soft-deleted) rows only.
CREATE UNIQUE INDEX "IDX_product_handle_unique" ON "product" ("handle") WHERE "deleted_at" IS NULL;
CREATE UNIQUE INDEX "IDX_product_variant_sku_unique" ON "product_variant" ("sku") WHERE "deleted_at" IS NULL;
CREATE UNIQUE INDEX "IDX_product_option_title_unique" ON "product_option" ("product_id", "title") WHERE "deleted_at" IS NULL;
CREATE UNIQUE INDEX "IDX_product_option_value_unique" ON "product_option_value" ("option_id", "value") WHERE "deleted_at" IS NULL;
CREATE UNIQUE INDEX "IDX_product_tag_value_unique" ON "product_tag" ("value") WHERE "deleted_at" IS NULL;
CREATE UNIQUE INDEX "IDX_product_type_value_unique" ON "product_type" ("value") WHERE "deleted_at" IS NULL;
CREATE UNIQUE INDEX "IDX_product_collection_handle_unique" ON "product_collection" ("handle") WHERE "deleted_at" IS NULL;
CREATE UNIQUE INDEX "IDX_product_category_handle_unique" ON "product_category" ("handle") WHERE "deleted_at" IS NULL;
ALTER TABLE "product_image" ADD CONSTRAINT "CHK_product_image_rank" CHECK ("rank" >= 0);
ALTER TABLE "product_variant" ADD CONSTRAINT "CHK_product_variant_rank" CHECK ("variant_rank" >= 0);
