-- CreateTable
CREATE TABLE "tax_region" (
    "id" TEXT NOT NULL,
    "country_code" TEXT NOT NULL,
    "province_code" TEXT,
    "provider_id" TEXT,
    "parent_id" TEXT,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "tax_region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tax_rate" (
    "id" TEXT NOT NULL,
    "rate" DECIMAL(10,4),
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "is_default" BOOLEAN NOT NULL DEFAULT false,
    "is_combinable" BOOLEAN NOT NULL DEFAULT false,
    "tax_region_id" TEXT NOT NULL,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "tax_rate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tax_rate_rule" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "reference_id" TEXT NOT NULL,
    "tax_rate_id" TEXT NOT NULL,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "tax_rate_rule_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "tax_region_country_code_province_code_idx" ON "tax_region"("country_code", "province_code");

-- CreateIndex
CREATE INDEX "tax_region_parent_id_idx" ON "tax_region"("parent_id");

-- CreateIndex
CREATE INDEX "tax_rate_tax_region_id_idx" ON "tax_rate"("tax_region_id");

-- CreateIndex
CREATE INDEX "tax_rate_rule_tax_rate_id_idx" ON "tax_rate_rule"("tax_rate_id");

-- CreateIndex
CREATE INDEX "tax_rate_rule_reference_reference_id_idx" ON "tax_rate_rule"("reference", "reference_id");

-- AddForeignKey
ALTER TABLE "tax_region" ADD CONSTRAINT "tax_region_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "tax_region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tax_rate" ADD CONSTRAINT "tax_rate_tax_region_id_fkey" FOREIGN KEY ("tax_region_id") REFERENCES "tax_region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tax_rate_rule" ADD CONSTRAINT "tax_rate_rule_tax_rate_id_fkey" FOREIGN KEY ("tax_rate_id") REFERENCES "tax_rate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE UNIQUE INDEX "IDX_tax_region_country_unique" ON "tax_region" ("country_code") WHERE "province_code" IS NULL AND "deleted_at" IS NULL;

CREATE UNIQUE INDEX "IDX_tax_region_province_unique" ON "tax_region" ("country_code", "province_code") WHERE "province_code" IS NOT NULL AND "deleted_at" IS NULL;

CREATE UNIQUE INDEX "IDX_tax_rate_default_unique" ON "tax_rate" ("tax_region_id") WHERE "is_default" AND "deleted_at" IS NULL;

CREATE UNIQUE INDEX "IDX_tax_rate_rule_unique" ON "tax_rate_rule" ("tax_rate_id", "reference", "reference_id") WHERE "deleted_at" IS NULL;

ALTER TABLE "tax_rate" ADD CONSTRAINT "CHK_tax_rate_rate" CHECK ("rate" IS NULL OR "rate" >= 0);
