import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { updateCartPromotionsWorkflow } from "../../../workflows/cart/index.ts";
import { ownCart } from "./access.ts";
import { CartPayload, cartIdField, reread } from "./payload.ts";

const codes = z
  .array(z.string().trim().min(1).max(200))
  .min(1)
  .max(20)
  .describe("Promotion codes, as the shopper typed them (case-sensitive).");

workflowMutation("applyCartPromotionCodes", {
  access: access.store,
  description:
    "Applies promotion codes to the cart (beside the codes it has) and recomputes its discounts, shipping and taxes. A code that cannot apply is a userError and nothing changes: PROMOTION_CODE_UNKNOWN, PROMOTION_CODE_NOT_STARTED, PROMOTION_CODE_EXPIRED, PROMOTION_RULES_NOT_MET, PROMOTION_NOT_APPLICABLE (nothing to discount) or PROMOTION_BUDGET_EXCEEDED.",
  input: { name: "ApplyCartPromotionCodesInput", schema: z.object({ cartId: cartIdField, codes }) },
  workflow: updateCartPromotionsWorkflow,
  workflowInput: async (input, ctx) => ({
    cart_id: await ownCart(ctx, input.cartId),
    promo_codes: input.codes,
    action: "add" as const,
  }),
  payload: CartPayload,
  result: (_output, input, ctx) => reread(input.cartId, ctx),
});

workflowMutation("removeCartPromotionCodes", {
  access: access.store,
  description:
    "Removes promotion codes from the cart (codes it does not have are ignored) and recomputes its discounts and taxes.",
  input: { name: "RemoveCartPromotionCodesInput", schema: z.object({ cartId: cartIdField, codes }) },
  workflow: updateCartPromotionsWorkflow,
  workflowInput: async (input, ctx) => ({
    cart_id: await ownCart(ctx, input.cartId),
    promo_codes: input.codes,
    action: "remove" as const,
  }),
  payload: CartPayload,
  result: (_output, input, ctx) => reread(input.cartId, ctx),
});
