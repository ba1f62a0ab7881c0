-- CreateTable
CREATE TABLE "auth_email_verification" (
    "id" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "actor_type" TEXT NOT NULL,
    "provider_metadata" JSONB,
    "token_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "auth_email_verification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "auth_email_verification_token_hash_key" ON "auth_email_verification"("token_hash");

-- CreateIndex
CREATE INDEX "auth_email_verification_entity_id_provider_idx" ON "auth_email_verification"("entity_id", "provider");
