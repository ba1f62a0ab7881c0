import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { zodId, zodJson } from "../../../framework/graphql/zod-input.ts";
import type { Metadata } from "../../../modules/cart/types.ts";
import { addShippingMethodToCartWorkflow } from "../../../workflows/cart/index.ts";
import { ownCart } from "./access.ts";
import { CartPayload, cartIdField, reread } from "./payload.ts";

workflowMutation("addShippingMethodToCart", {
  access: access.store,
  description:
    "Ships the cart with a shipping option from shippingOptionsForCart: priced in the cart's currency and region, it replaces the cart's method of the same shipping profile, and the cart's promotions and taxes are recomputed. An option not valid for the cart's address, items or channel is a SHIPPING_OPTION_INVALID userError; a cart without a shipping address SHIPPING_ADDRESS_REQUIRED.",
  input: {
    name: "AddShippingMethodToCartInput",
    schema: z.object({
      cartId: cartIdField,
      optionId: zodId().describe("A shipping option valid for the cart (shippingOptionsForCart)."),
      data: zodJson().nullish().describe("What the option's fulfillment provider needs (a pickup point, …)."),
    }),
  },
  workflow: addShippingMethodToCartWorkflow,
  workflowInput: async (input, ctx) => ({
    cart_id: await ownCart(ctx, input.cartId),
    options: [{ id: input.optionId, data: (input.data as Metadata | undefined) ?? null }],
  }),
  payload: CartPayload,
  result: (_output, input, ctx) => reread(input.cartId, ctx),
});
