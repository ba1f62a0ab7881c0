-- A handle is unique among live brands.
CREATE UNIQUE INDEX "IDX_brand_handle_unique" ON "brand" ("handle") WHERE "deleted_at" IS NULL;
