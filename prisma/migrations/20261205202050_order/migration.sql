-- CreateTable
CREATE TABLE "order_change" (
    "id" TEXT NOT NULL,
    "order_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "change_type" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "return_id" TEXT,
    "exchange_id" TEXT,
    "claim_id" TEXT,
    "description" TEXT,
    "internal_note" TEXT,
    "created_by" TEXT,
    "requested_by" TEXT,
    "requested_at" TIMESTAMPTZ(3),
    "confirmed_by" TEXT,
    "confirmed_at" TIMESTAMPTZ(3),
    "declined_by" TEXT,
    "declined_reason" TEXT,
    "declined_at" TIMESTAMPTZ(3),
    "canceled_by" TEXT,
    "canceled_at" TIMESTAMPTZ(3),
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "order_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_change_action" (
    "id" TEXT NOT NULL,
    "order_change_id" TEXT NOT NULL,
    "order_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "reference" TEXT,
    "reference_id" TEXT,
    "details" JSONB,
    "amount" DECIMAL(20,6),
    "internal_note" TEXT,
    "applied" BOOLEAN NOT NULL DEFAULT false,
    "ordering" SERIAL NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "order_change_action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_transaction" (
    "id" TEXT NOT NULL,
    "order_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "amount" DECIMAL(20,6) NOT NULL,
    "currency_code" TEXT NOT NULL,
    "reference" TEXT,
    "reference_id" TEXT,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "order_transaction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "order_change_order_id_version_idx" ON "order_change"("order_id", "version");

-- CreateIndex
CREATE INDEX "order_change_order_id_status_idx" ON "order_change"("order_id", "status");

-- CreateIndex
CREATE INDEX "order_change_return_id_idx" ON "order_change"("return_id");

-- CreateIndex
CREATE INDEX "order_change_exchange_id_idx" ON "order_change"("exchange_id");

-- CreateIndex
CREATE INDEX "order_change_claim_id_idx" ON "order_change"("claim_id");

-- CreateIndex
CREATE INDEX "order_change_action_order_change_id_idx" ON "order_change_action"("order_change_id");

-- CreateIndex
CREATE INDEX "order_change_action_order_id_version_idx" ON "order_change_action"("order_id", "version");

-- CreateIndex
CREATE INDEX "order_transaction_order_id_idx" ON "order_transaction"("order_id");

-- CreateIndex
CREATE INDEX "order_transaction_reference_id_idx" ON "order_transaction"("reference_id");

-- AddForeignKey
ALTER TABLE "order_change" ADD CONSTRAINT "order_change_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_change_action" ADD CONSTRAINT "order_change_action_order_change_id_fkey" FOREIGN KEY ("order_change_id") REFERENCES "order_change"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_transaction" ADD CONSTRAINT "order_transaction_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE CASCADE;
