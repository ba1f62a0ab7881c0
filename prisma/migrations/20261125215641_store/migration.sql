-- CreateTable
CREATE TABLE "store" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT 'Tessera Store',
    "default_currency_code" TEXT,
    "default_region_id" TEXT,
    "default_sales_channel_id" TEXT,
    "default_location_id" TEXT,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "store_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "store_currency" (
    "id" TEXT NOT NULL,
    "currency_code" TEXT NOT NULL,
    "is_default" BOOLEAN NOT NULL DEFAULT false,
    "store_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "store_currency_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "store_currency_store_id_idx" ON "store_currency"("store_id");

-- AddForeignKey
ALTER TABLE "store_currency" ADD CONSTRAINT "store_currency_store_id_fkey" FOREIGN KEY ("store_id") REFERENCES "store"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE UNIQUE INDEX "IDX_store_currency_unique" ON "store_currency" ("store_id", "currency_code") WHERE "deleted_at" IS NULL;

CREATE UNIQUE INDEX "IDX_store_currency_default_unique" ON "store_currency" ("store_id") WHERE "is_default" AND "deleted_at" IS NULL;
