-- CreateTable
CREATE TABLE "workflow_execution" (
    "id" TEXT NOT NULL,
    "workflow_id" TEXT NOT NULL,
    "transaction_id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "state" JSONB NOT NULL,
    "result" JSONB,
    "retain_until" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "workflow_execution_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "workflow_execution_transaction_id_idx" ON "workflow_execution"("transaction_id");

-- CreateIndex
CREATE INDEX "workflow_execution_status_idx" ON "workflow_execution"("status");

-- CreateIndex
CREATE INDEX "workflow_execution_retain_until_idx" ON "workflow_execution"("retain_until");

-- CreateIndex
CREATE UNIQUE INDEX "workflow_execution_workflow_id_transaction_id_key" ON "workflow_execution"("workflow_id", "transaction_id");
