-- CreateTable
CREATE TABLE "cart" (
    "id" TEXT NOT NULL,
    "region_id" TEXT,
    "customer_id" TEXT,
    "sales_channel_id" TEXT,
    "email" TEXT,
    "currency_code" TEXT NOT NULL,
    "shipping_address_id" TEXT,
    "billing_address_id" TEXT,
    "metadata" JSONB,
    "completed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "cart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cart_address" (
    "id" TEXT NOT NULL,
    "customer_id" TEXT,
    "company" TEXT,
    "first_name" TEXT,
    "last_name" TEXT,
    "address_1" TEXT,
    "address_2" TEXT,
    "city" TEXT,
    "country_code" TEXT,
    "province" TEXT,
    "postal_code" TEXT,
    "phone" TEXT,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "cart_address_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cart_line_item" (
    "id" TEXT NOT NULL,
    "cart_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "subtitle" TEXT,
    "thumbnail" TEXT,
    "quantity" INTEGER NOT NULL,
    "variant_id" TEXT,
    "product_id" TEXT,
    "product_title" TEXT,
    "product_description" TEXT,
    "product_subtitle" TEXT,
    "product_type_id" TEXT,
    "product_handle" TEXT,
    "variant_sku" TEXT,
    "variant_barcode" TEXT,
    "variant_title" TEXT,
    "requires_shipping" BOOLEAN NOT NULL DEFAULT true,
    "is_discountable" BOOLEAN NOT NULL DEFAULT true,
    "is_tax_inclusive" BOOLEAN NOT NULL DEFAULT false,
    "compare_at_unit_price" DECIMAL(20,6),
    "unit_price" DECIMAL(20,6) NOT NULL,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "cart_line_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cart_line_item_adjustment" (
    "id" TEXT NOT NULL,
    "item_id" TEXT NOT NULL,
    "description" TEXT,
    "code" TEXT,
    "amount" DECIMAL(20,6) NOT NULL,
    "is_tax_inclusive" BOOLEAN NOT NULL DEFAULT false,
    "provider_id" TEXT,
    "promotion_id" TEXT,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "cart_line_item_adjustment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cart_line_item_tax_line" (
    "id" TEXT NOT NULL,
    "item_id" TEXT NOT NULL,
    "description" TEXT,
    "code" TEXT NOT NULL,
    "rate" DECIMAL(10,4) NOT NULL,
    "provider_id" TEXT,
    "tax_rate_id" TEXT,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "cart_line_item_tax_line_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cart_shipping_method" (
    "id" TEXT NOT NULL,
    "cart_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" JSONB,
    "amount" DECIMAL(20,6) NOT NULL,
    "is_tax_inclusive" BOOLEAN NOT NULL DEFAULT false,
    "shipping_option_id" TEXT,
    "data" JSONB,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "cart_shipping_method_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cart_shipping_method_adjustment" (
    "id" TEXT NOT NULL,
    "shipping_method_id" TEXT NOT NULL,
    "description" TEXT,
    "code" TEXT,
    "amount" DECIMAL(20,6) NOT NULL,
    "is_tax_inclusive" BOOLEAN NOT NULL DEFAULT false,
    "provider_id" TEXT,
    "promotion_id" TEXT,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "cart_shipping_method_adjustment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cart_shipping_method_tax_line" (
    "id" TEXT NOT NULL,
    "shipping_method_id" TEXT NOT NULL,
    "description" TEXT,
    "code" TEXT NOT NULL,
    "rate" DECIMAL(10,4) NOT NULL,
    "provider_id" TEXT,
    "tax_rate_id" TEXT,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "cart_shipping_method_tax_line_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "cart_shipping_address_id_key" ON "cart"("shipping_address_id");

-- CreateIndex
CREATE UNIQUE INDEX "cart_billing_address_id_key" ON "cart"("billing_address_id");

-- CreateIndex
CREATE INDEX "cart_customer_id_idx" ON "cart"("customer_id");

-- CreateIndex
CREATE INDEX "cart_region_id_idx" ON "cart"("region_id");

-- CreateIndex
CREATE INDEX "cart_sales_channel_id_idx" ON "cart"("sales_channel_id");

-- CreateIndex
CREATE INDEX "cart_deleted_at_idx" ON "cart"("deleted_at");

-- CreateIndex
CREATE INDEX "cart_line_item_cart_id_idx" ON "cart_line_item"("cart_id");

-- CreateIndex
CREATE INDEX "cart_line_item_variant_id_idx" ON "cart_line_item"("variant_id");

-- CreateIndex
CREATE INDEX "cart_line_item_adjustment_item_id_idx" ON "cart_line_item_adjustment"("item_id");

-- CreateIndex
CREATE INDEX "cart_line_item_adjustment_promotion_id_idx" ON "cart_line_item_adjustment"("promotion_id");

-- CreateIndex
CREATE INDEX "cart_line_item_tax_line_item_id_idx" ON "cart_line_item_tax_line"("item_id");

-- CreateIndex
CREATE INDEX "cart_shipping_method_cart_id_idx" ON "cart_shipping_method"("cart_id");

-- CreateIndex
CREATE INDEX "cart_shipping_method_adjustment_shipping_method_id_idx" ON "cart_shipping_method_adjustment"("shipping_method_id");

-- CreateIndex
CREATE INDEX "cart_shipping_method_tax_line_shipping_method_id_idx" ON "cart_shipping_method_tax_line"("shipping_method_id");

-- AddForeignKey
ALTER TABLE "cart" ADD CONSTRAINT "cart_shipping_address_id_fkey" FOREIGN KEY ("shipping_address_id") REFERENCES "cart_address"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cart" ADD CONSTRAINT "cart_billing_address_id_fkey" FOREIGN KEY ("billing_address_id") REFERENCES "cart_address"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cart_line_item" ADD CONSTRAINT "cart_line_item_cart_id_fkey" FOREIGN KEY ("cart_id") REFERENCES "cart"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cart_line_item_adjustment" ADD CONSTRAINT "cart_line_item_adjustment_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "cart_line_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cart_line_item_tax_line" ADD CONSTRAINT "cart_line_item_tax_line_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "cart_line_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cart_shipping_method" ADD CONSTRAINT "cart_shipping_method_cart_id_fkey" FOREIGN KEY ("cart_id") REFERENCES "cart"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cart_shipping_method_adjustment" ADD CONSTRAINT "cart_shipping_method_adjustment_shipping_method_id_fkey" FOREIGN KEY ("shipping_method_id") REFERENCES "cart_shipping_method"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cart_shipping_method_tax_line" ADD CONSTRAINT "cart_shipping_method_tax_line_shipping_method_id_fkey" FOREIGN KEY ("shipping_method_id") REFERENCES "cart_shipping_method"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "cart_line_item" ADD CONSTRAINT "CHK_cart_line_item_quantity" CHECK ("quantity" > 0);

ALTER TABLE "cart_line_item_adjustment" ADD CONSTRAINT "CHK_cart_line_item_adjustment_amount" CHECK ("amount" >= 0);

ALTER TABLE "cart_shipping_method_adjustment" ADD CONSTRAINT "CHK_cart_shipping_method_adjustment_amount" CHECK ("amount" >= 0);
