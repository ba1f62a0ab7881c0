-- CreateTable
CREATE TABLE "stock_location" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address_id" TEXT,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "stock_location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stock_location_address" (
    "id" TEXT NOT NULL,
    "address_1" TEXT NOT NULL,
    "address_2" TEXT,
    "company" TEXT,
    "city" TEXT,
    "country_code" TEXT NOT NULL,
    "phone" TEXT,
    "province" TEXT,
    "postal_code" TEXT,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "stock_location_address_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "stock_location_address_id_key" ON "stock_location"("address_id");

-- AddForeignKey
ALTER TABLE "stock_location" ADD CONSTRAINT "stock_location_address_id_fkey" FOREIGN KEY ("address_id") REFERENCES "stock_location_address"("id") ON DELETE SET NULL ON UPDATE CASCADE;
