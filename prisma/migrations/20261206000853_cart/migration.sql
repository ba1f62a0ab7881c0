-- AlterTable
ALTER TABLE "cart" ADD COLUMN     "completion" JSONB;
