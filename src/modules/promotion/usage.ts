// Campaign budget bookkeeping for registerUsage / revertUsage: what each action costs its budget,
// and conditional updates that never take a budget past its limit or below zero.
import { TesseraError } from "../../framework/errors/tessera-error.ts";
import type { TransactionClient } from "../../framework/database/database.ts";
import { Decimal, toDecimal } from "../../framework/money/index.ts";
import type { Row } from "../../framework/modules/service-factory.ts";
import type { ComputeActions } from "./types.ts";

/** How much each budget moves: spend by the actions' amounts, usage by one per promotion. */
export function budgetDeltas(
  promotions: Row<"Promotion">[],
  actions: ComputeActions[],
): { budgetId: string; code: string; delta: Decimal }[] {
  const byCode = new Map(promotions.map((p) => [p.code, p]));
  const deltas = new Map<string, { budgetId: string; code: string; delta: Decimal }>();
  const counted = new Set<string>();
  for (const action of actions) {
    if (action.action !== "addItemAdjustment" && action.action !== "addShippingMethodAdjustment") continue;
    const budget = byCode.get(action.code)?.campaign?.budget;
    if (!budget || budget.deleted_at) continue;
    const entry = deltas.get(budget.id) ?? { budgetId: budget.id, code: action.code, delta: new Decimal(0) };
    if (budget.type === "spend") entry.delta = entry.delta.plus(toDecimal(action.amount));
    else if (!counted.has(action.code)) {
      counted.add(action.code);
      entry.delta = entry.delta.plus(1);
    }
    deltas.set(budget.id, entry);
  }
  // A stable order, so two transactions touching the same budgets lock them in the same order.
  return [...deltas.values()].sort((a, b) => a.budgetId.localeCompare(b.budgetId));
}

/** Adds each delta where the limit allows it; the first that does not is NOT_ALLOWED, code PROMOTION_BUDGET_EXCEEDED (the caller's transaction rolls back). */
export async function consumeBudgets(
  client: TransactionClient,
  deltas: { budgetId: string; code: string; delta: Decimal }[],
) {
  for (const { budgetId, code, delta } of deltas) {
    const amount = delta.toFixed();
    const changed = await client.$executeRaw`
      UPDATE promotion_campaign_budget SET used = used + ${amount}::numeric, updated_at = now()
      WHERE id = ${budgetId} AND deleted_at IS NULL AND ("limit" IS NULL OR used + ${amount}::numeric <= "limit")`;
    if (changed === 0)
      throw new TesseraError(TesseraError.Types.NOT_ALLOWED, `The campaign budget of promotion ${code} is used up`, {
        field: ["promoCodes"],
        code: "PROMOTION_BUDGET_EXCEEDED",
      });
  }
}

/** Takes each delta back, never below zero. */
export async function releaseBudgets(client: TransactionClient, deltas: { budgetId: string; delta: Decimal }[]) {
  for (const { budgetId, delta } of deltas) {
    await client.$executeRaw`
      UPDATE promotion_campaign_budget SET used = GREATEST(used - ${delta.toFixed()}::numeric, 0), updated_at = now()
      WHERE id = ${budgetId}`;
  }
}
