-- CreateTable
CREATE TABLE "return" (
    "id" TEXT NOT NULL,
    "order_id" TEXT NOT NULL,
    "exchange_id" TEXT,
    "claim_id" TEXT,
    "status" TEXT NOT NULL DEFAULT 'requested',
    "location_id" TEXT,
    "shipping_option_id" TEXT,
    "shipping_amount" DECIMAL(20,6) NOT NULL DEFAULT 0,
    "refund_amount" DECIMAL(20,6) NOT NULL DEFAULT 0,
    "created_by" TEXT,
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "received_at" TIMESTAMPTZ(3),
    "canceled_at" TIMESTAMPTZ(3),
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "return_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "return_item" (
    "id" TEXT NOT NULL,
    "return_id" TEXT NOT NULL,
    "item_id" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "received_quantity" INTEGER NOT NULL DEFAULT 0,
    "damaged_quantity" INTEGER NOT NULL DEFAULT 0,
    "reason_id" TEXT,
    "note" TEXT,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "return_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "return_reason" (
    "id" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "description" TEXT,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "return_reason_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_exchange" (
    "id" TEXT NOT NULL,
    "order_id" TEXT NOT NULL,
    "return_id" TEXT,
    "difference_due" DECIMAL(20,6) NOT NULL DEFAULT 0,
    "created_by" TEXT,
    "canceled_at" TIMESTAMPTZ(3),
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "order_exchange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_exchange_item" (
    "id" TEXT NOT NULL,
    "exchange_id" TEXT NOT NULL,
    "item_id" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "order_exchange_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_claim" (
    "id" TEXT NOT NULL,
    "order_id" TEXT NOT NULL,
    "return_id" TEXT,
    "type" TEXT NOT NULL,
    "refund_amount" DECIMAL(20,6) NOT NULL DEFAULT 0,
    "created_by" TEXT,
    "canceled_at" TIMESTAMPTZ(3),
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "order_claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_claim_item" (
    "id" TEXT NOT NULL,
    "claim_id" TEXT NOT NULL,
    "item_id" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "reason" TEXT,
    "note" TEXT,
    "is_additional_item" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "order_claim_item_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "return_order_id_idx" ON "return"("order_id");

-- CreateIndex
CREATE INDEX "return_exchange_id_idx" ON "return"("exchange_id");

-- CreateIndex
CREATE INDEX "return_claim_id_idx" ON "return"("claim_id");

-- CreateIndex
CREATE INDEX "return_item_return_id_idx" ON "return_item"("return_id");

-- CreateIndex
CREATE INDEX "return_item_item_id_idx" ON "return_item"("item_id");

-- CreateIndex
CREATE INDEX "return_item_reason_id_idx" ON "return_item"("reason_id");

-- CreateIndex
CREATE INDEX "return_reason_value_idx" ON "return_reason"("value");

-- CreateIndex
CREATE INDEX "order_exchange_order_id_idx" ON "order_exchange"("order_id");

-- CreateIndex
CREATE INDEX "order_exchange_item_exchange_id_idx" ON "order_exchange_item"("exchange_id");

-- CreateIndex
CREATE INDEX "order_claim_order_id_idx" ON "order_claim"("order_id");

-- CreateIndex
CREATE INDEX "order_claim_item_claim_id_idx" ON "order_claim_item"("claim_id");

-- AddForeignKey
ALTER TABLE "return_item" ADD CONSTRAINT "return_item_return_id_fkey" FOREIGN KEY ("return_id") REFERENCES "return"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "return_item" ADD CONSTRAINT "return_item_reason_id_fkey" FOREIGN KEY ("reason_id") REFERENCES "return_reason"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_exchange_item" ADD CONSTRAINT "order_exchange_item_exchange_id_fkey" FOREIGN KEY ("exchange_id") REFERENCES "order_exchange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_claim_item" ADD CONSTRAINT "order_claim_item_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "order_claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;
