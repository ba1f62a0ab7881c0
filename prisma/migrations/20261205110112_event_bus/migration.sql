-- CreateTable
CREATE TABLE "event_outbox" (
    "id" TEXT NOT NULL,
    "group_id" TEXT,
    "name" TEXT NOT NULL,
    "data" JSONB,
    "metadata" JSONB,
    "released_at" TIMESTAMPTZ(3),
    "relayed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "event_outbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "event_outbox_group_id_idx" ON "event_outbox"("group_id");

-- CreateIndex
CREATE INDEX "event_outbox_released_at_relayed_at_idx" ON "event_outbox"("released_at", "relayed_at");
