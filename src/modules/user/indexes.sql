-- One live user and one live invite per email; soft-deleted rows free the address again.
CREATE UNIQUE INDEX "IDX_user_email_unique" ON "user" (lower("email")) WHERE "deleted_at" IS NULL;
CREATE UNIQUE INDEX "IDX_user_invite_email_unique" ON "user_invite" (lower("email")) WHERE "deleted_at" IS NULL;
