-- CreateTable
CREATE TABLE "api_key" (
    "id" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "redacted" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "created_by" TEXT,
    "revoked_by" TEXT,
    "revoked_at" TIMESTAMPTZ(3),
    "last_used_at" TIMESTAMPTZ(3),
    "sales_channel_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_key_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "api_key_token_key" ON "api_key"("token");

ALTER TABLE "api_key" ADD CONSTRAINT "CHK_api_key_type" CHECK ("type" IN ('publishable', 'secret'));
