-- CreateTable
CREATE TABLE "shipping_profile" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "shipping_profile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fulfillment_set" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "fulfillment_set_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_zone" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "fulfillment_set_id" TEXT NOT NULL,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "service_zone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "geo_zone" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "country_code" TEXT NOT NULL,
    "province_code" TEXT,
    "city" TEXT,
    "postal_expression" TEXT,
    "service_zone_id" TEXT NOT NULL,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "geo_zone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "shipping_option_type" (
    "id" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "description" TEXT,
    "code" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "shipping_option_type_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "shipping_option" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "price_type" TEXT NOT NULL,
    "service_zone_id" TEXT NOT NULL,
    "shipping_profile_id" TEXT NOT NULL,
    "provider_id" TEXT NOT NULL,
    "shipping_option_type_id" TEXT,
    "data" JSONB,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "shipping_option_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "shipping_option_rule" (
    "id" TEXT NOT NULL,
    "attribute" TEXT NOT NULL,
    "operator" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "shipping_option_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "shipping_option_rule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fulfillment_provider" (
    "id" TEXT NOT NULL,
    "is_enabled" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "fulfillment_provider_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fulfillment" (
    "id" TEXT NOT NULL,
    "location_id" TEXT NOT NULL,
    "provider_id" TEXT NOT NULL,
    "shipping_option_id" TEXT,
    "packed_at" TIMESTAMPTZ(3),
    "shipped_at" TIMESTAMPTZ(3),
    "delivered_at" TIMESTAMPTZ(3),
    "canceled_at" TIMESTAMPTZ(3),
    "data" JSONB,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "fulfillment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fulfillment_item" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "sku" TEXT,
    "barcode" TEXT,
    "quantity" INTEGER NOT NULL,
    "line_item_id" TEXT,
    "inventory_item_id" TEXT,
    "fulfillment_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "fulfillment_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fulfillment_label" (
    "id" TEXT NOT NULL,
    "tracking_number" TEXT NOT NULL,
    "tracking_url" TEXT NOT NULL,
    "label_url" TEXT NOT NULL,
    "fulfillment_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "fulfillment_label_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "service_zone_fulfillment_set_id_idx" ON "service_zone"("fulfillment_set_id");

-- CreateIndex
CREATE INDEX "geo_zone_service_zone_id_idx" ON "geo_zone"("service_zone_id");

-- CreateIndex
CREATE INDEX "geo_zone_country_code_idx" ON "geo_zone"("country_code");

-- CreateIndex
CREATE INDEX "shipping_option_service_zone_id_idx" ON "shipping_option"("service_zone_id");

-- CreateIndex
CREATE INDEX "shipping_option_shipping_profile_id_idx" ON "shipping_option"("shipping_profile_id");

-- CreateIndex
CREATE INDEX "shipping_option_provider_id_idx" ON "shipping_option"("provider_id");

-- CreateIndex
CREATE INDEX "shipping_option_rule_shipping_option_id_idx" ON "shipping_option_rule"("shipping_option_id");

-- CreateIndex
CREATE INDEX "fulfillment_location_id_idx" ON "fulfillment"("location_id");

-- CreateIndex
CREATE INDEX "fulfillment_item_fulfillment_id_idx" ON "fulfillment_item"("fulfillment_id");

-- CreateIndex
CREATE INDEX "fulfillment_label_fulfillment_id_idx" ON "fulfillment_label"("fulfillment_id");

-- AddForeignKey
ALTER TABLE "service_zone" ADD CONSTRAINT "service_zone_fulfillment_set_id_fkey" FOREIGN KEY ("fulfillment_set_id") REFERENCES "fulfillment_set"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "geo_zone" ADD CONSTRAINT "geo_zone_service_zone_id_fkey" FOREIGN KEY ("service_zone_id") REFERENCES "service_zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shipping_option" ADD CONSTRAINT "shipping_option_service_zone_id_fkey" FOREIGN KEY ("service_zone_id") REFERENCES "service_zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shipping_option" ADD CONSTRAINT "shipping_option_shipping_profile_id_fkey" FOREIGN KEY ("shipping_profile_id") REFERENCES "shipping_profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shipping_option" ADD CONSTRAINT "shipping_option_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "fulfillment_provider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shipping_option" ADD CONSTRAINT "shipping_option_shipping_option_type_id_fkey" FOREIGN KEY ("shipping_option_type_id") REFERENCES "shipping_option_type"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shipping_option_rule" ADD CONSTRAINT "shipping_option_rule_shipping_option_id_fkey" FOREIGN KEY ("shipping_option_id") REFERENCES "shipping_option"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fulfillment_item" ADD CONSTRAINT "fulfillment_item_fulfillment_id_fkey" FOREIGN KEY ("fulfillment_id") REFERENCES "fulfillment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fulfillment_label" ADD CONSTRAINT "fulfillment_label_fulfillment_id_fkey" FOREIGN KEY ("fulfillment_id") REFERENCES "fulfillment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE UNIQUE INDEX "IDX_shipping_profile_name_unique" ON "shipping_profile" ("name") WHERE "deleted_at" IS NULL;

CREATE UNIQUE INDEX "IDX_fulfillment_set_name_unique" ON "fulfillment_set" ("name") WHERE "deleted_at" IS NULL;

CREATE UNIQUE INDEX "IDX_service_zone_name_unique" ON "service_zone" ("name") WHERE "deleted_at" IS NULL;

ALTER TABLE "fulfillment_set" ADD CONSTRAINT "CHK_fulfillment_set_type" CHECK ("type" IN ('shipping', 'pickup'));

ALTER TABLE "geo_zone" ADD CONSTRAINT "CHK_geo_zone_type" CHECK ("type" IN ('country', 'province', 'city', 'zip'));

ALTER TABLE "shipping_option" ADD CONSTRAINT "CHK_shipping_option_price_type" CHECK ("price_type" IN ('flat', 'calculated'));
