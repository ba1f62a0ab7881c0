-- A country belongs to at most one live region.
CREATE UNIQUE INDEX "IDX_region_country_iso_2_unique" ON "region_country" ("iso_2") WHERE "deleted_at" IS NULL;
