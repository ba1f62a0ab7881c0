import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { applyOrderPromotionsWorkflow } from "../../../workflows/order/apply-order-promotions.ts";
import { OrderPayload, orderIdField, rereadOrder } from "./payload.ts";

workflowMutation("applyOrderPromotions", {
  access: access.admin,
  description:
    "Applies promotion codes to a placed order: its items' and shipping's discounts are recomputed with the order's codes and these, a `promotion` change is recorded, the codes' campaign budgets are consumed, and the totals follow. A code that cannot apply is a userError and nothing changes: PROMOTION_CODE_UNKNOWN, PROMOTION_CODE_NOT_STARTED, PROMOTION_CODE_EXPIRED, PROMOTION_RULES_NOT_MET, PROMOTION_NOT_APPLICABLE or PROMOTION_BUDGET_EXCEEDED; a canceled order is ORDER_CANCELED.",
  input: {
    name: "ApplyOrderPromotionsInput",
    schema: z.object({
      orderId: orderIdField,
      codes: z
        .array(z.string().trim().min(1).max(200))
        .min(1)
        .max(20)
        .describe("Promotion codes to add (case-sensitive); codes the order has already are kept."),
    }),
  },
  workflow: applyOrderPromotionsWorkflow,
  workflowInput: (input, ctx) => ({
    order_id: input.orderId,
    promo_codes: input.codes,
    created_by: ctx.auth.actorId ?? null,
  }),
  payload: OrderPayload,
  result: (_output, input, ctx) => rereadOrder(input.orderId, ctx),
});
