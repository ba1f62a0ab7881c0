-- CreateTable
CREATE TABLE "payment_collection" (
    "id" TEXT NOT NULL,
    "currency_code" TEXT NOT NULL,
    "amount" DECIMAL(20,6) NOT NULL,
    "authorized_amount" DECIMAL(20,6) NOT NULL DEFAULT 0,
    "captured_amount" DECIMAL(20,6) NOT NULL DEFAULT 0,
    "refunded_amount" DECIMAL(20,6) NOT NULL DEFAULT 0,
    "region_id" TEXT,
    "status" TEXT NOT NULL DEFAULT 'not_paid',
    "completed_at" TIMESTAMPTZ(3),
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "payment_collection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment_session" (
    "id" TEXT NOT NULL,
    "currency_code" TEXT NOT NULL,
    "amount" DECIMAL(20,6) NOT NULL,
    "provider_id" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "context" JSONB,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "authorized_at" TIMESTAMPTZ(3),
    "payment_collection_id" TEXT NOT NULL,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "payment_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment" (
    "id" TEXT NOT NULL,
    "amount" DECIMAL(20,6) NOT NULL,
    "currency_code" TEXT NOT NULL,
    "provider_id" TEXT NOT NULL,
    "data" JSONB,
    "captured_at" TIMESTAMPTZ(3),
    "canceled_at" TIMESTAMPTZ(3),
    "payment_collection_id" TEXT NOT NULL,
    "payment_session_id" TEXT NOT NULL,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "capture" (
    "id" TEXT NOT NULL,
    "amount" DECIMAL(20,6) NOT NULL,
    "payment_id" TEXT NOT NULL,
    "created_by" TEXT,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "capture_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "refund" (
    "id" TEXT NOT NULL,
    "amount" DECIMAL(20,6) NOT NULL,
    "payment_id" TEXT NOT NULL,
    "note" TEXT,
    "reason" TEXT,
    "created_by" TEXT,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "refund_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment_provider" (
    "id" TEXT NOT NULL,
    "is_enabled" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "payment_provider_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "payment_collection_region_id_idx" ON "payment_collection"("region_id");

-- CreateIndex
CREATE INDEX "payment_session_payment_collection_id_idx" ON "payment_session"("payment_collection_id");

-- CreateIndex
CREATE UNIQUE INDEX "payment_payment_session_id_key" ON "payment"("payment_session_id");

-- CreateIndex
CREATE INDEX "payment_payment_collection_id_idx" ON "payment"("payment_collection_id");

-- CreateIndex
CREATE INDEX "capture_payment_id_idx" ON "capture"("payment_id");

-- CreateIndex
CREATE INDEX "refund_payment_id_idx" ON "refund"("payment_id");

-- AddForeignKey
ALTER TABLE "payment_session" ADD CONSTRAINT "payment_session_payment_collection_id_fkey" FOREIGN KEY ("payment_collection_id") REFERENCES "payment_collection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment" ADD CONSTRAINT "payment_payment_collection_id_fkey" FOREIGN KEY ("payment_collection_id") REFERENCES "payment_collection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment" ADD CONSTRAINT "payment_payment_session_id_fkey" FOREIGN KEY ("payment_session_id") REFERENCES "payment_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "capture" ADD CONSTRAINT "capture_payment_id_fkey" FOREIGN KEY ("payment_id") REFERENCES "payment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "refund" ADD CONSTRAINT "refund_payment_id_fkey" FOREIGN KEY ("payment_id") REFERENCES "payment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "payment_collection" ADD CONSTRAINT "CHK_payment_collection_amounts" CHECK ("amount" >= 0 AND "authorized_amount" >= 0 AND "captured_amount" >= 0 AND "refunded_amount" >= 0);

ALTER TABLE "payment_session" ADD CONSTRAINT "CHK_payment_session_amount" CHECK ("amount" >= 0);

ALTER TABLE "capture" ADD CONSTRAINT "CHK_capture_amount" CHECK ("amount" > 0);

ALTER TABLE "refund" ADD CONSTRAINT "CHK_refund_amount" CHECK ("amount" > 0);
