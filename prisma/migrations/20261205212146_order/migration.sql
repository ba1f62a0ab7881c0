-- AlterTable
ALTER TABLE "order" ADD COLUMN     "is_draft_order" BOOLEAN NOT NULL DEFAULT false;
