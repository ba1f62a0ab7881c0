-- CreateTable
CREATE TABLE "order" (
    "id" TEXT NOT NULL,
    "display_id" SERIAL NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "version" INTEGER NOT NULL DEFAULT 1,
    "region_id" TEXT,
    "customer_id" TEXT,
    "sales_channel_id" TEXT,
    "email" TEXT,
    "currency_code" TEXT NOT NULL,
    "shipping_address_id" TEXT,
    "billing_address_id" TEXT,
    "metadata" JSONB,
    "canceled_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_address" (
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

    CONSTRAINT "order_address_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_line_item" (
    "id" TEXT NOT NULL,
    "order_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "subtitle" TEXT,
    "thumbnail" TEXT,
    "quantity" INTEGER NOT NULL,
    "fulfilled_quantity" INTEGER NOT NULL DEFAULT 0,
    "shipped_quantity" INTEGER NOT NULL DEFAULT 0,
    "delivered_quantity" INTEGER NOT NULL DEFAULT 0,
    "return_requested_quantity" INTEGER NOT NULL DEFAULT 0,
    "return_received_quantity" INTEGER NOT NULL DEFAULT 0,
    "written_off_quantity" INTEGER NOT NULL DEFAULT 0,
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

    CONSTRAINT "order_line_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_line_item_adjustment" (
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

    CONSTRAINT "order_line_item_adjustment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_line_item_tax_line" (
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

    CONSTRAINT "order_line_item_tax_line_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_shipping_method" (
    "id" TEXT NOT NULL,
    "order_id" TEXT NOT NULL,
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

    CONSTRAINT "order_shipping_method_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_shipping_method_adjustment" (
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

    CONSTRAINT "order_shipping_method_adjustment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_shipping_method_tax_line" (
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

    CONSTRAINT "order_shipping_method_tax_line_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "order_display_id_key" ON "order"("display_id");

-- CreateIndex
CREATE UNIQUE INDEX "order_shipping_address_id_key" ON "order"("shipping_address_id");

-- CreateIndex
CREATE UNIQUE INDEX "order_billing_address_id_key" ON "order"("billing_address_id");

-- CreateIndex
CREATE INDEX "order_customer_id_idx" ON "order"("customer_id");

-- CreateIndex
CREATE INDEX "order_region_id_idx" ON "order"("region_id");

-- CreateIndex
CREATE INDEX "order_sales_channel_id_idx" ON "order"("sales_channel_id");

-- CreateIndex
CREATE INDEX "order_email_idx" ON "order"("email");

-- CreateIndex
CREATE INDEX "order_deleted_at_idx" ON "order"("deleted_at");

-- CreateIndex
CREATE INDEX "order_line_item_order_id_idx" ON "order_line_item"("order_id");

-- CreateIndex
CREATE INDEX "order_line_item_variant_id_idx" ON "order_line_item"("variant_id");

-- CreateIndex
CREATE INDEX "order_line_item_adjustment_item_id_idx" ON "order_line_item_adjustment"("item_id");

-- CreateIndex
CREATE INDEX "order_line_item_adjustment_promotion_id_idx" ON "order_line_item_adjustment"("promotion_id");

-- CreateIndex
CREATE INDEX "order_line_item_tax_line_item_id_idx" ON "order_line_item_tax_line"("item_id");

-- CreateIndex
CREATE INDEX "order_shipping_method_order_id_idx" ON "order_shipping_method"("order_id");

-- CreateIndex
CREATE INDEX "order_shipping_method_adjustment_shipping_method_id_idx" ON "order_shipping_method_adjustment"("shipping_method_id");

-- CreateIndex
CREATE INDEX "order_shipping_method_tax_line_shipping_method_id_idx" ON "order_shipping_method_tax_line"("shipping_method_id");

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_shipping_address_id_fkey" FOREIGN KEY ("shipping_address_id") REFERENCES "order_address"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_billing_address_id_fkey" FOREIGN KEY ("billing_address_id") REFERENCES "order_address"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_line_item" ADD CONSTRAINT "order_line_item_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_line_item_adjustment" ADD CONSTRAINT "order_line_item_adjustment_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "order_line_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_line_item_tax_line" ADD CONSTRAINT "order_line_item_tax_line_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "order_line_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_shipping_method" ADD CONSTRAINT "order_shipping_method_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_shipping_method_adjustment" ADD CONSTRAINT "order_shipping_method_adjustment_shipping_method_id_fkey" FOREIGN KEY ("shipping_method_id") REFERENCES "order_shipping_method"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_shipping_method_tax_line" ADD CONSTRAINT "order_shipping_method_tax_line_shipping_method_id_fkey" FOREIGN KEY ("shipping_method_id") REFERENCES "order_shipping_method"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "order_line_item" ADD CONSTRAINT "CHK_order_line_item_quantity" CHECK ("quantity" > 0);

ALTER TABLE "order_line_item" ADD CONSTRAINT "CHK_order_line_item_fulfilled" CHECK ("fulfilled_quantity" >= 0 AND "fulfilled_quantity" <= "quantity");

ALTER TABLE "order_line_item_adjustment" ADD CONSTRAINT "CHK_order_line_item_adjustment_amount" CHECK ("amount" >= 0);

ALTER TABLE "order_shipping_method_adjustment" ADD CONSTRAINT "CHK_order_shipping_method_adjustment_amount" CHECK ("amount" >= 0);
