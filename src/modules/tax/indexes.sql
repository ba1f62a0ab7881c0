-- One live tax region per country (and per province), one default rate per region, rates >= 0.
CREATE UNIQUE INDEX "IDX_tax_region_country_unique" ON "tax_region" ("country_code") WHERE "province_code" IS NULL AND "deleted_at" IS NULL;
CREATE UNIQUE INDEX "IDX_tax_region_province_unique" ON "tax_region" ("country_code", "province_code") WHERE "province_code" IS NOT NULL AND "deleted_at" IS NULL;
CREATE UNIQUE INDEX "IDX_tax_rate_default_unique" ON "tax_rate" ("tax_region_id") WHERE "is_default" AND "deleted_at" IS NULL;
CREATE UNIQUE INDEX "IDX_tax_rate_rule_unique" ON "tax_rate_rule" ("tax_rate_id", "reference", "reference_id") WHERE "deleted_at" IS NULL;
ALTER TABLE "tax_rate" ADD CONSTRAINT "CHK_tax_rate_rate" CHECK ("rate" IS NULL OR "rate" >= 0);
