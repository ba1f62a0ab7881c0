-- One registered customer per email (guests may repeat an email); one live group per name.
CREATE UNIQUE INDEX "IDX_customer_email_has_account_unique" ON "customer" (lower("email")) WHERE "has_account" AND "deleted_at" IS NULL;
CREATE UNIQUE INDEX "IDX_customer_group_name_unique" ON "customer_group" ("name") WHERE "deleted_at" IS NULL;
