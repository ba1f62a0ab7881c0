-- A code names one live promotion, and an identifier one live campaign (deleted ones free theirs).
CREATE UNIQUE INDEX "IDX_promotion_code_unique" ON "promotion" ("code") WHERE "deleted_at" IS NULL;
CREATE UNIQUE INDEX "IDX_promotion_campaign_identifier_unique" ON "promotion_campaign" ("campaign_identifier") WHERE "deleted_at" IS NULL;
-- A budget never goes below zero nor past its limit, whatever writes it.
ALTER TABLE "promotion_campaign_budget" ADD CONSTRAINT "CK_promotion_campaign_budget_used" CHECK ("used" >= 0 AND ("limit" IS NULL OR "used" <= "limit"));
