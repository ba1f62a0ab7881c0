-- CreateTable
CREATE TABLE "link_order_fulfillment" (
    "order_id" TEXT NOT NULL,
    "fulfillment_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "link_order_fulfillment_pkey" PRIMARY KEY ("order_id","fulfillment_id")
);

-- CreateTable
CREATE TABLE "link_return_fulfillment" (
    "return_id" TEXT NOT NULL,
    "fulfillment_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "link_return_fulfillment_pkey" PRIMARY KEY ("return_id","fulfillment_id")
);

-- CreateIndex
CREATE INDEX "link_order_fulfillment_order_id_idx" ON "link_order_fulfillment"("order_id");

-- CreateIndex
CREATE INDEX "link_order_fulfillment_fulfillment_id_idx" ON "link_order_fulfillment"("fulfillment_id");

-- CreateIndex
CREATE INDEX "link_order_fulfillment_deleted_at_idx" ON "link_order_fulfillment"("deleted_at");

-- CreateIndex
CREATE INDEX "link_return_fulfillment_return_id_idx" ON "link_return_fulfillment"("return_id");

-- CreateIndex
CREATE INDEX "link_return_fulfillment_fulfillment_id_idx" ON "link_return_fulfillment"("fulfillment_id");

-- CreateIndex
CREATE INDEX "link_return_fulfillment_deleted_at_idx" ON "link_return_fulfillment"("deleted_at");

CREATE UNIQUE INDEX "IDX_link_order_fulfillment_fulfillment_id_unique" ON "link_order_fulfillment" ("fulfillment_id") WHERE "deleted_at" IS NULL;

CREATE UNIQUE INDEX "IDX_link_return_fulfillment_fulfillment_id_unique" ON "link_return_fulfillment" ("fulfillment_id") WHERE "deleted_at" IS NULL;
