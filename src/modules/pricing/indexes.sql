-- Amounts are never negative; quantity tiers are ordered; one preference per attribute value.
ALTER TABLE "price" ADD CONSTRAINT "CHK_price_amount" CHECK ("amount" >= 0);
ALTER TABLE "price" ADD CONSTRAINT "CHK_price_quantity" CHECK (("min_quantity" IS NULL OR "min_quantity" >= 0) AND ("max_quantity" IS NULL OR "min_quantity" IS NULL OR "max_quantity" >= "min_quantity"));
ALTER TABLE "price_list" ADD CONSTRAINT "CHK_price_list_dates" CHECK ("starts_at" IS NULL OR "ends_at" IS NULL OR "ends_at" > "starts_at");
CREATE UNIQUE INDEX "IDX_price_preference_attribute_value" ON "price_preference" ("attribute", "value") WHERE "deleted_at" IS NULL;
CREATE UNIQUE INDEX "IDX_price_rule_price_attribute" ON "price_rule" ("price_id", "attribute") WHERE "deleted_at" IS NULL;
