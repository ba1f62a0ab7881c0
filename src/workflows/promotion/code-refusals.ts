import { TesseraError } from "../../framework/errors/tessera-error.ts";
import type { PromotionCodeStatus } from "../../modules/promotion/types.ts";

// Why a promotion code cannot be applied, as the typed userError carts and orders both answer.

const refusals: Record<Exclude<PromotionCodeStatus, "applicable">, { code: string; why: string; invalid?: true }> = {
  // A draft or inactive promotion does not exist for a shopper.
  unknown: { code: "PROMOTION_CODE_UNKNOWN", why: "does not exist", invalid: true },
  inactive: { code: "PROMOTION_CODE_UNKNOWN", why: "does not exist", invalid: true },
  not_started: { code: "PROMOTION_CODE_NOT_STARTED", why: "is not valid yet" },
  expired: { code: "PROMOTION_CODE_EXPIRED", why: "has expired" },
  rules_not_met: {
    code: "PROMOTION_RULES_NOT_MET",
    why: "does not apply to this cart or order (its conditions are not met)",
  },
  not_applicable: { code: "PROMOTION_NOT_APPLICABLE", why: "has nothing to discount here" },
  budget_exceeded: { code: "PROMOTION_BUDGET_EXCEEDED", why: "has been used up" },
};

/** The typed userError for a code that cannot be applied. */
export function refusedPromotionCode(code: string, status: Exclude<PromotionCodeStatus, "applicable">) {
  const r = refusals[status];
  return new TesseraError(
    r.invalid ? TesseraError.Types.INVALID_DATA : TesseraError.Types.NOT_ALLOWED,
    `Promotion code ${code} ${r.why}`,
    { field: ["codes"], code: r.code },
  );
}
