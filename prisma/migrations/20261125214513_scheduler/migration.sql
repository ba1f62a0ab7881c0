-- CreateTable
CREATE TABLE "scheduled_job" (
    "name" TEXT NOT NULL,
    "schedule" TEXT NOT NULL,
    "executions" INTEGER NOT NULL DEFAULT 0,
    "last_run_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "scheduled_job_pkey" PRIMARY KEY ("name")
);
