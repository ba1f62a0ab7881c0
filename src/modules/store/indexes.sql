-- A currency is listed once per store, and a store has at most one default currency.
CREATE UNIQUE INDEX "IDX_store_currency_unique" ON "store_currency" ("store_id", "currency_code") WHERE "deleted_at" IS NULL;
CREATE UNIQUE INDEX "IDX_store_currency_default_unique" ON "store_currency" ("store_id") WHERE "is_default" AND "deleted_at" IS NULL;
