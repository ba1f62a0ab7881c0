-- CreateTable
CREATE TABLE "region" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "currency_code" TEXT NOT NULL,
    "automatic_taxes" BOOLEAN NOT NULL DEFAULT true,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "region_country" (
    "id" TEXT NOT NULL,
    "iso_2" TEXT NOT NULL,
    "region_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "region_country_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "region_deleted_at_idx" ON "region"("deleted_at");

-- CreateIndex
CREATE INDEX "region_country_region_id_idx" ON "region_country"("region_id");

-- AddForeignKey
ALTER TABLE "region_country" ADD CONSTRAINT "region_country_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE UNIQUE INDEX "IDX_region_country_iso_2_unique" ON "region_country" ("iso_2") WHERE "deleted_at" IS NULL;
