import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { zodId, zodJson } from "../../../framework/graphql/zod-input.ts";
import { moneyFields } from "../../../framework/money/index.ts";
import type { Metadata } from "../../../modules/cart/types.ts";
import { address, toAddress } from "./address.ts";
import {
  addToCartWorkflow,
  createCartWorkflow,
  deleteLineItemsWorkflow,
  updateCartWorkflow,
  updateLineItemInCartWorkflow,
} from "../../../workflows/cart/index.ts";
import { cartChannel, ownCart } from "./access.ts";
import { CartPayload, cartIdField as cartId, reread } from "./payload.ts";

const quantity = z.int().describe("A positive whole number.");
const item = z
  .object({ variantId: zodId().describe("The product variant to buy."), quantity })
  .meta({ graphql: { inputName: "CartItemInput" } });

const itemId = zodId().describe("A line item of the cart.");
const lineMetadata = zodJson().nullish().describe("Free-form data kept with the line item.");

workflowMutation("createCart", {
  access: access.store,
  description:
    "Creates a cart in the publishable key's sales channel, for the logged-in customer if any (then it is theirs alone), in the region's currency, optionally with items. A currency the region does not use, an unknown variant, one the channel does not sell, a quantity ≤ 0 or above the channel's stock are userErrors.",
  input: {
    name: "CreateCartInput",
    schema: z.object({
      regionId: zodId().nullish().describe("Default: the store's default region."),
      currencyCode: moneyFields.currencyCode.nullish().describe("Must be the region's currency when given."),
      salesChannelId: zodId().nullish().describe("Default: the publishable key's only sales channel."),
      email: z.email().nullish().describe("Default: the logged-in customer's email."),
      shippingAddress: address.nullish().describe("Where the cart ships: taxes follow its country."),
      billingAddress: address.nullish().describe("The billing address."),
      metadata: zodJson().nullish().describe("Free-form data kept with the cart."),
      items: z.array(item).max(100).nullish().describe("First items."),
    }),
  },
  workflow: createCartWorkflow,
  workflowInput: async (input, ctx) => {
    const customerId = ctx.auth.actorType === "customer" ? ctx.auth.actorId : null;
    const email =
      input.email ??
      (customerId
        ? (await ctx.scope.resolve("customer").listCustomers({ id: customerId }, { take: 1 }))[0]?.email
        : null);
    return {
      region_id: input.regionId,
      currency_code: input.currencyCode,
      sales_channel_id: cartChannel(ctx, input.salesChannelId),
      customer_id: customerId,
      email: email ?? null,
      shipping_address: toAddress(input.shippingAddress),
      billing_address: toAddress(input.billingAddress),
      metadata: (input.metadata as Metadata | undefined) ?? null,
      items: (input.items ?? []).map((i) => ({ variant_id: i.variantId, quantity: i.quantity })),
    };
  },
  payload: CartPayload,
  result: (cart, _input, ctx) => reread(cart.id, ctx),
});

workflowMutation("addCartLineItem", {
  access: access.store,
  description:
    "Adds a variant to the cart (raising the quantity of its line when it is there), priced and taxed in the cart's context.",
  input: {
    name: "AddCartLineItemInput",
    schema: z.object({
      cartId,
      variantId: zodId().describe("The product variant to add."),
      quantity,
      metadata: lineMetadata,
    }),
  },
  workflow: addToCartWorkflow,
  workflowInput: async (input, ctx) => ({
    cart_id: await ownCart(ctx, input.cartId),
    items: [
      {
        variant_id: input.variantId,
        quantity: input.quantity,
        metadata: (input.metadata as Metadata | undefined) ?? null,
      },
    ],
  }),
  payload: CartPayload,
  result: (_output, input, ctx) => reread(input.cartId, ctx),
});

workflowMutation("updateCartLineItem", {
  access: access.store,
  description: "Sets a line item's quantity (remove it with removeCartLineItem); re-priced and re-taxed.",
  input: {
    name: "UpdateCartLineItemInput",
    schema: z.object({ cartId, itemId, quantity, metadata: lineMetadata }),
  },
  workflow: updateLineItemInCartWorkflow,
  workflowInput: async (input, ctx) => ({
    cart_id: await ownCart(ctx, input.cartId),
    item_id: input.itemId,
    quantity: input.quantity,
    ...(input.metadata !== undefined ? { metadata: (input.metadata as Metadata | null) ?? null } : {}),
  }),
  payload: CartPayload,
  result: (_output, input, ctx) => reread(input.cartId, ctx),
});

workflowMutation("removeCartLineItem", {
  access: access.store,
  description: "Removes a line item from the cart.",
  input: { name: "RemoveCartLineItemInput", schema: z.object({ cartId, itemId }) },
  workflow: deleteLineItemsWorkflow,
  workflowInput: async (input, ctx) => ({ cart_id: await ownCart(ctx, input.cartId), ids: [input.itemId] }),
  payload: CartPayload,
  result: (_output, input, ctx) => reread(input.cartId, ctx),
});

workflowMutation("updateCart", {
  access: access.store,
  description:
    "Updates the cart's email, addresses (null removes one), metadata or region (its currency becomes the cart's and every item is re-priced); taxes follow the shipping address.",
  input: {
    name: "UpdateCartInput",
    schema: z.object({
      id: cartId,
      email: z.email().nullish().describe("The customer's email; null clears it."),
      regionId: zodId()
        .nullish()
        .describe("A new region: its currency becomes the cart's and every item is re-priced."),
      shippingAddress: address.nullish().describe("Replaces the shipping address (taxes follow it); null removes it."),
      billingAddress: address.nullish().describe("Replaces the billing address; null removes it."),
      metadata: zodJson().nullish().describe("Free-form data kept with the cart."),
    }),
  },
  workflow: updateCartWorkflow,
  workflowInput: async (input, ctx) => {
    const raw = input as Record<string, unknown>;
    // A field left out keeps its value; null clears it (addresses are removed).
    const given = (name: string) => name in raw && raw[name] !== undefined;
    return {
      id: await ownCart(ctx, input.id),
      ...(given("email") ? { email: input.email ?? null } : {}),
      ...(input.regionId ? { region_id: input.regionId } : {}),
      ...(given("shippingAddress") ? { shipping_address: toAddress(input.shippingAddress) } : {}),
      ...(given("billingAddress") ? { billing_address: toAddress(input.billingAddress) } : {}),
      ...(given("metadata") ? { metadata: (input.metadata as Metadata | null) ?? null } : {}),
    };
  },
  payload: CartPayload,
  result: (_output, input, ctx) => reread(input.id, ctx),
});
