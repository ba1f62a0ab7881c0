import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { payloadType } from "../../../framework/graphql/payloads.ts";
import { workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { zodId } from "../../../framework/graphql/zod-input.ts";
import { OrderRef } from "../../../modules/order/graphql/types.ts";
import { completeCartWorkflow } from "../../../workflows/cart/index.ts";
import { ownCart } from "./access.ts";

workflowMutation("completeCart", {
  access: access.store,
  description:
    "Places the order: checks the cart (items, email, shipping address and method, a payment session for its total), reserves its stock, consumes its promotions' budgets, authorizes the payment and creates the order. Completing a completed cart answers the same order. An empty cart, a missing email, address, shipping method or payment session, a declined payment (NOT_ALLOWED), an item out of stock (INSUFFICIENT_INVENTORY) and a used-up promotion budget (PROMOTION_BUDGET_EXCEEDED, as Medusa refuses it) are userErrors, and then nothing is written: the cart stays as it was.",
  input: {
    name: "CompleteCartInput",
    schema: z.object({ cartId: zodId().describe("The cart to complete (NOT_FOUND when it is not the caller's).") }),
  },
  workflow: completeCartWorkflow,
  workflowInput: async (input, ctx) => ({ id: await ownCart(ctx, input.cartId) }),
  payload: payloadType("CompleteCartPayload", "order", OrderRef),
  result: async (output, _input, ctx) => ({ order: await ctx.scope.resolve("order").retrieveOrder(output.id) }),
});
