-- CreateEnum
CREATE TYPE "PromotionType" AS ENUM ('standard', 'buyget');

-- CreateEnum
CREATE TYPE "PromotionStatus" AS ENUM ('draft', 'active', 'inactive');

-- CreateEnum
CREATE TYPE "ApplicationMethodType" AS ENUM ('fixed', 'percentage');

-- CreateEnum
CREATE TYPE "ApplicationMethodTargetType" AS ENUM ('items', 'shipping_methods', 'order');

-- CreateEnum
CREATE TYPE "ApplicationMethodAllocation" AS ENUM ('each', 'across');

-- CreateEnum
CREATE TYPE "PromotionRuleOperator" AS ENUM ('in', 'eq', 'ne', 'gt', 'gte', 'lt', 'lte');

-- CreateEnum
CREATE TYPE "PromotionRuleScope" AS ENUM ('rules', 'target_rules', 'buy_rules');

-- CreateEnum
CREATE TYPE "CampaignBudgetType" AS ENUM ('spend', 'usage');

-- CreateTable
CREATE TABLE "promotion" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "type" "PromotionType" NOT NULL DEFAULT 'standard',
    "is_automatic" BOOLEAN NOT NULL DEFAULT false,
    "status" "PromotionStatus" NOT NULL DEFAULT 'draft',
    "campaign_id" TEXT,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "promotion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "promotion_application_method" (
    "id" TEXT NOT NULL,
    "promotion_id" TEXT NOT NULL,
    "type" "ApplicationMethodType" NOT NULL,
    "target_type" "ApplicationMethodTargetType" NOT NULL,
    "allocation" "ApplicationMethodAllocation",
    "value" DECIMAL(20,6) NOT NULL,
    "currency_code" TEXT,
    "max_quantity" INTEGER,
    "apply_to_quantity" INTEGER,
    "buy_rules_min_quantity" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "promotion_application_method_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "promotion_rule" (
    "id" TEXT NOT NULL,
    "promotion_id" TEXT NOT NULL,
    "scope" "PromotionRuleScope" NOT NULL DEFAULT 'rules',
    "attribute" TEXT NOT NULL,
    "operator" "PromotionRuleOperator" NOT NULL,
    "values" TEXT[],
    "description" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "promotion_rule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "promotion_campaign" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "campaign_identifier" TEXT NOT NULL,
    "starts_at" TIMESTAMPTZ(3),
    "ends_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "promotion_campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "promotion_campaign_budget" (
    "id" TEXT NOT NULL,
    "campaign_id" TEXT NOT NULL,
    "type" "CampaignBudgetType" NOT NULL,
    "limit" DECIMAL(20,6),
    "used" DECIMAL(20,6) NOT NULL DEFAULT 0,
    "currency_code" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "promotion_campaign_budget_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "promotion_campaign_id_idx" ON "promotion"("campaign_id");

-- CreateIndex
CREATE INDEX "promotion_is_automatic_status_idx" ON "promotion"("is_automatic", "status");

-- CreateIndex
CREATE INDEX "promotion_deleted_at_idx" ON "promotion"("deleted_at");

-- CreateIndex
CREATE UNIQUE INDEX "promotion_application_method_promotion_id_key" ON "promotion_application_method"("promotion_id");

-- CreateIndex
CREATE INDEX "promotion_rule_promotion_id_scope_idx" ON "promotion_rule"("promotion_id", "scope");

-- CreateIndex
CREATE INDEX "promotion_campaign_deleted_at_idx" ON "promotion_campaign"("deleted_at");

-- CreateIndex
CREATE UNIQUE INDEX "promotion_campaign_budget_campaign_id_key" ON "promotion_campaign_budget"("campaign_id");

-- AddForeignKey
ALTER TABLE "promotion" ADD CONSTRAINT "promotion_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "promotion_campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "promotion_application_method" ADD CONSTRAINT "promotion_application_method_promotion_id_fkey" FOREIGN KEY ("promotion_id") REFERENCES "promotion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "promotion_rule" ADD CONSTRAINT "promotion_rule_promotion_id_fkey" FOREIGN KEY ("promotion_id") REFERENCES "promotion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "promotion_campaign_budget" ADD CONSTRAINT "promotion_campaign_budget_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "promotion_campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE UNIQUE INDEX "IDX_promotion_code_unique" ON "promotion" ("code") WHERE "deleted_at" IS NULL;

CREATE UNIQUE INDEX "IDX_promotion_campaign_identifier_unique" ON "promotion_campaign" ("campaign_identifier") WHERE "deleted_at" IS NULL;

ALTER TABLE "promotion_campaign_budget" ADD CONSTRAINT "CK_promotion_campaign_budget_used" CHECK ("used" >= 0 AND ("limit" IS NULL OR "used" <= "limit"));
