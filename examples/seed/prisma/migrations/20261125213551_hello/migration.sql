-- CreateEnum
CREATE TYPE "HelloColor" AS ENUM ('black', 'white');

-- CreateTable
CREATE TABLE "my_custom" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "age" INTEGER,
    "price" DECIMAL(38,10),
    "has_account" BOOLEAN NOT NULL DEFAULT false,
    "color" "HelloColor" NOT NULL DEFAULT 'black',
    "date_of_birth" TIMESTAMPTZ(3),
    "metadata" JSONB,
    "names" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "my_custom_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "hello_user" (
    "id" TEXT NOT NULL,
    "email_address" TEXT NOT NULL,
    "first_name" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "hello_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "hello_email" (
    "id" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "user_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "hello_email_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "hello_store" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "hello_store_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "hello_product" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "store_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "hello_product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "hello_order" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "hello_order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "hello_country" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "hello_country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "hello_counter" (
    "age" INTEGER NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "hello_counter_pkey" PRIMARY KEY ("age")
);

-- CreateTable
CREATE TABLE "_HelloOrderToHelloProduct" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_HelloOrderToHelloProduct_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "IDX_MY_CUSTOM_NAME" ON "my_custom"("name");

-- CreateIndex
CREATE UNIQUE INDEX "hello_user_email_address_key" ON "hello_user"("email_address");

-- CreateIndex
CREATE UNIQUE INDEX "hello_email_user_id_key" ON "hello_email"("user_id");

-- CreateIndex
CREATE INDEX "hello_product_store_id_idx" ON "hello_product"("store_id");

-- CreateIndex
CREATE INDEX "_HelloOrderToHelloProduct_B_index" ON "_HelloOrderToHelloProduct"("B");

-- AddForeignKey
ALTER TABLE "hello_email" ADD CONSTRAINT "hello_email_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "hello_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "hello_product" ADD CONSTRAINT "hello_product_store_id_fkey" FOREIGN KEY ("store_id") REFERENCES "hello_store"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_HelloOrderToHelloProduct" ADD CONSTRAINT "_HelloOrderToHelloProduct_A_fkey" FOREIGN KEY ("A") REFERENCES "hello_order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_HelloOrderToHelloProduct" ADD CONSTRAINT "_HelloOrderToHelloProduct_B_fkey" FOREIGN KEY ("B") REFERENCES "hello_product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE INDEX "IDX_my_custom_name_age" ON "my_custom" ("name", "age") WHERE "age" IS NOT NULL AND "deleted_at" IS NULL;
