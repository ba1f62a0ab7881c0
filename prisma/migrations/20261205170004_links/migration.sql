-- CreateTable
CREATE TABLE "link_cart_payment_collection" (
    "cart_id" TEXT NOT NULL,
    "payment_collection_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "link_cart_payment_collection_pkey" PRIMARY KEY ("cart_id","payment_collection_id")
);

-- CreateTable
CREATE TABLE "link_order_cart" (
    "order_id" TEXT NOT NULL,
    "cart_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "link_order_cart_pkey" PRIMARY KEY ("order_id","cart_id")
);

-- CreateTable
CREATE TABLE "link_order_payment_collection" (
    "order_id" TEXT NOT NULL,
    "payment_collection_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "link_order_payment_collection_pkey" PRIMARY KEY ("order_id","payment_collection_id")
);

-- CreateIndex
CREATE INDEX "link_cart_payment_collection_cart_id_idx" ON "link_cart_payment_collection"("cart_id");

-- CreateIndex
CREATE INDEX "link_cart_payment_collection_payment_collection_id_idx" ON "link_cart_payment_collection"("payment_collection_id");

-- CreateIndex
CREATE INDEX "link_cart_payment_collection_deleted_at_idx" ON "link_cart_payment_collection"("deleted_at");

-- CreateIndex
CREATE INDEX "link_order_cart_order_id_idx" ON "link_order_cart"("order_id");

-- CreateIndex
CREATE INDEX "link_order_cart_cart_id_idx" ON "link_order_cart"("cart_id");

-- CreateIndex
CREATE INDEX "link_order_cart_deleted_at_idx" ON "link_order_cart"("deleted_at");

-- CreateIndex
CREATE INDEX "link_order_payment_collection_order_id_idx" ON "link_order_payment_collection"("order_id");

-- CreateIndex
CREATE INDEX "link_order_payment_collection_payment_collection_id_idx" ON "link_order_payment_collection"("payment_collection_id");

-- CreateIndex
CREATE INDEX "link_order_payment_collection_deleted_at_idx" ON "link_order_payment_collection"("deleted_at");

CREATE UNIQUE INDEX "IDX_link_cart_payment_collection_cart_id_unique" ON "link_cart_payment_collection" ("cart_id") WHERE "deleted_at" IS NULL;

CREATE UNIQUE INDEX "IDX_link_cart_payment_collection_payment_collection_id_unique" ON "link_cart_payment_collection" ("payment_collection_id") WHERE "deleted_at" IS NULL;

CREATE UNIQUE INDEX "IDX_link_order_cart_order_id_unique" ON "link_order_cart" ("order_id") WHERE "deleted_at" IS NULL;

CREATE UNIQUE INDEX "IDX_link_order_cart_cart_id_unique" ON "link_order_cart" ("cart_id") WHERE "deleted_at" IS NULL;

CREATE UNIQUE INDEX "IDX_link_order_payment_collection_payment_collection_id_unique" ON "link_order_payment_collection" ("payment_collection_id") WHERE "deleted_at" IS NULL;
