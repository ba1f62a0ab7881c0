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

/** A mutation running updateCartPromotionsWorkflow with one action on the caller's cart. */
function promotionCodesMutation(field: string, inputName: string, action: "add" | "remove", description: string) {
  workflowMutation(field, {
    access: access.store,
    description,
    input: { name: inputName, schema: z.object({ cartId: cartIdField, codes }) },
    workflow: updateCartPromotionsWorkflow,
    workflowInput: async (input, ctx) => ({
      cart_id: await ownCart(ctx, input.cartId),
      promo_codes: input.codes,
      action,
    }),
    payload: CartPayload,
    result: (_output, input, ctx) => reread(input.cartId, ctx),
  });
}

promotionCodesMutation(
  "applyCartPromotionCodes",
  "ApplyCartPromotionCodesInput",
  "add",
  "Applies promotion codes to the cart (beside the codes it has) and recomputes its discounts, shipping and taxes. A code that cannot apply is a userError and nothing changes: PROMOTION_CODE_UNKNOWN, PROMOTION_CODE_NOT_STARTED, PROMOTION_CODE_EXPIRED, PROMOTION_RULES_NOT_MET, PROMOTION_NOT_APPLICABLE (nothing to discount) or PROMOTION_BUDGET_EXCEEDED.",
);

promotionCodesMutation(
  "removeCartPromotionCodes",
  "RemoveCartPromotionCodesInput",
  "remove",
  "Removes promotion codes from the cart (codes it does not have are ignored) and recomputes its discounts and taxes.",
);
