-- CreateTable
CREATE TABLE "link_cart_promotion" (
    "cart_id" TEXT NOT NULL,
    "promotion_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "link_cart_promotion_pkey" PRIMARY KEY ("cart_id","promotion_id")
);

-- CreateIndex
CREATE INDEX "link_cart_promotion_cart_id_idx" ON "link_cart_promotion"("cart_id");

-- CreateIndex
CREATE INDEX "link_cart_promotion_promotion_id_idx" ON "link_cart_promotion"("promotion_id");

-- CreateIndex
CREATE INDEX "link_cart_promotion_deleted_at_idx" ON "link_cart_promotion"("deleted_at");
