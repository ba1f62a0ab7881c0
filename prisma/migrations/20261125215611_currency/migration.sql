-- CreateTable
CREATE TABLE "currency" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "symbol" TEXT NOT NULL,
    "symbol_native" TEXT NOT NULL,
    "decimal_digits" INTEGER NOT NULL DEFAULT 2,
    "rounding" DECIMAL(20,6) NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "currency_pkey" PRIMARY KEY ("code")
);

ALTER TABLE "currency" ADD CONSTRAINT "CHK_currency_digits" CHECK ("decimal_digits" >= 0 AND "rounding" >= 0);
