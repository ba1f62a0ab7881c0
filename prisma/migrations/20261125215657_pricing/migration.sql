-- CreateEnum
CREATE TYPE "PriceListType" AS ENUM ('sale', 'override');

-- CreateEnum
CREATE TYPE "PriceListStatus" AS ENUM ('active', 'draft');

-- CreateTable
CREATE TABLE "price_set" (
    "id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "price_set_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "price" (
    "id" TEXT NOT NULL,
    "title" TEXT,
    "currency_code" TEXT NOT NULL,
    "amount" DECIMAL(20,6) NOT NULL,
    "min_quantity" INTEGER,
    "max_quantity" INTEGER,
    "rules_count" INTEGER NOT NULL DEFAULT 0,
    "price_set_id" TEXT NOT NULL,
    "price_list_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "price_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "price_rule" (
    "id" TEXT NOT NULL,
    "attribute" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "price_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "price_rule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "price_list" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "type" "PriceListType" NOT NULL DEFAULT 'sale',
    "status" "PriceListStatus" NOT NULL DEFAULT 'draft',
    "starts_at" TIMESTAMPTZ(3),
    "ends_at" TIMESTAMPTZ(3),
    "rules_count" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "price_list_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "price_list_rule" (
    "id" TEXT NOT NULL,
    "attribute" TEXT NOT NULL,
    "values" TEXT[],
    "price_list_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "price_list_rule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "price_preference" (
    "id" TEXT NOT NULL,
    "attribute" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "is_tax_inclusive" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "price_preference_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "price_price_set_id_currency_code_idx" ON "price"("price_set_id", "currency_code");

-- CreateIndex
CREATE INDEX "price_price_list_id_idx" ON "price"("price_list_id");

-- CreateIndex
CREATE INDEX "price_rule_price_id_idx" ON "price_rule"("price_id");

-- CreateIndex
CREATE INDEX "price_rule_attribute_value_idx" ON "price_rule"("attribute", "value");

-- CreateIndex
CREATE INDEX "price_list_rule_price_list_id_idx" ON "price_list_rule"("price_list_id");

-- AddForeignKey
ALTER TABLE "price" ADD CONSTRAINT "price_price_set_id_fkey" FOREIGN KEY ("price_set_id") REFERENCES "price_set"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "price" ADD CONSTRAINT "price_price_list_id_fkey" FOREIGN KEY ("price_list_id") REFERENCES "price_list"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "price_rule" ADD CONSTRAINT "price_rule_price_id_fkey" FOREIGN KEY ("price_id") REFERENCES "price"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "price_list_rule" ADD CONSTRAINT "price_list_rule_price_list_id_fkey" FOREIGN KEY ("price_list_id") REFERENCES "price_list"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "price" ADD CONSTRAINT "CHK_price_amount" CHECK ("amount" >= 0);

ALTER TABLE "price" ADD CONSTRAINT "CHK_price_quantity" CHECK (("min_quantity" IS NULL OR "min_quantity" >= 0) AND ("max_quantity" IS NULL OR "min_quantity" IS NULL OR "max_quantity" >= "min_quantity"));

ALTER TABLE "price_list" ADD CONSTRAINT "CHK_price_list_dates" CHECK ("starts_at" IS NULL OR "ends_at" IS NULL OR "ends_at" > "starts_at");

CREATE UNIQUE INDEX "IDX_price_preference_attribute_value" ON "price_preference" ("attribute", "value") WHERE "deleted_at" IS NULL;

CREATE UNIQUE INDEX "IDX_price_rule_price_attribute" ON "price_rule" ("price_id", "attribute") WHERE "deleted_at" IS NULL;
