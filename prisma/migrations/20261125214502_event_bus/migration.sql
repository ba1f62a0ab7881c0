-- CreateTable
CREATE TABLE "event_failure" (
    "id" TEXT NOT NULL,
    "event_name" TEXT NOT NULL,
    "subscriber_id" TEXT NOT NULL,
    "data" JSONB,
    "metadata" JSONB,
    "error" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "event_failure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "event_failure_event_name_idx" ON "event_failure"("event_name");
