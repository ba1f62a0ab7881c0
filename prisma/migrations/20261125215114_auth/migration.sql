-- CreateTable
CREATE TABLE "auth_identity" (
    "id" TEXT NOT NULL,
    "app_metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "auth_identity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "provider_identity" (
    "id" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "auth_identity_id" TEXT NOT NULL,
    "user_metadata" JSONB,
    "provider_metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "provider_identity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth_reset_token" (
    "id" TEXT NOT NULL,
    "provider_identity_id" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "auth_reset_token_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "provider_identity_auth_identity_id_idx" ON "provider_identity"("auth_identity_id");

-- CreateIndex
CREATE UNIQUE INDEX "provider_identity_entity_id_provider_key" ON "provider_identity"("entity_id", "provider");

-- CreateIndex
CREATE UNIQUE INDEX "auth_reset_token_token_hash_key" ON "auth_reset_token"("token_hash");

-- CreateIndex
CREATE INDEX "auth_reset_token_provider_identity_id_idx" ON "auth_reset_token"("provider_identity_id");

-- AddForeignKey
ALTER TABLE "provider_identity" ADD CONSTRAINT "provider_identity_auth_identity_id_fkey" FOREIGN KEY ("auth_identity_id") REFERENCES "auth_identity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auth_reset_token" ADD CONSTRAINT "auth_reset_token_provider_identity_id_fkey" FOREIGN KEY ("provider_identity_id") REFERENCES "provider_identity"("id") ON DELETE CASCADE ON UPDATE CASCADE;
