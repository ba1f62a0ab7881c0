import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { zodId } from "../../../framework/graphql/zod-input.ts";
import { convertDraftOrderWorkflow, createDraftOrderWorkflow } from "../../../workflows/order/draft-order.ts";
import { address, toAddress } from "../cart/address.ts";
import { OrderPayload, orderIdField, rereadOrder } from "./payload.ts";

// Draft orders (admin): prepared for a customer or an email, edited with the order-edit
// mutations, converted into a placed order. Storefronts never see a draft.

workflowMutation("createDraftOrder", {
  access: access.admin,
  description:
    "Creates a draft order (status draft) for a customer or an email in a region: items priced by the pricing module in the region's currency for the customer, taxed for the shipping address, with an optional shipping method. It holds no stock, storefronts do not see it, and it is edited with beginOrderEdit like an order. Unknown or unsold variants are INVALID_DATA; a shipping option that does not serve the address is SHIPPING_OPTION_INVALID.",
  input: {
    name: "CreateDraftOrderInput",
    schema: z.object({
      regionId: zodId().describe("The region: its currency prices the order."),
      salesChannelId: zodId().nullish().describe("The sales channel the order is sold in (its products and stock)."),
      customerId: zodId().nullish().describe("The customer the order is for (their email unless one is given)."),
      email: z.email().nullish().describe("Where the order's notices go; needed without a customer."),
      shippingAddress: address.nullish().describe("Where the order ships: taxes follow its country."),
      billingAddress: address.nullish().describe("The billing address."),
      items: z
        .array(
          z
            .object({
              variantId: zodId().describe("The product variant."),
              quantity: z.number().int().min(1).max(10_000).describe("Units, at least 1."),
            })
            .meta({ graphql: { inputName: "DraftOrderItemInput" } }),
        )
        .min(1)
        .max(100)
        .describe("The items, priced now."),
      shippingOptionId: zodId().nullish().describe("A shipping option serving the shipping address, priced now."),
    }),
  },
  workflow: createDraftOrderWorkflow,
  workflowInput: (input) => ({
    region_id: input.regionId,
    sales_channel_id: input.salesChannelId ?? null,
    customer_id: input.customerId ?? null,
    email: input.email ?? null,
    shipping_address: toAddress(input.shippingAddress),
    billing_address: toAddress(input.billingAddress),
    items: input.items.map((i) => ({ variant_id: i.variantId, quantity: i.quantity })),
    shipping_option_id: input.shippingOptionId ?? null,
  }),
  payload: OrderPayload,
  result: (output, _input, ctx) => rereadOrder(output.id, ctx),
});

workflowMutation("convertDraftOrder", {
  access: access.admin,
  description:
    "Converts a draft order into a placed order (status pending): its stock is reserved and order.placed is emitted (the confirmation goes out). An order that is no draft is NOT_ALLOWED; too little stock is NOT_ALLOWED and it stays a draft.",
  input: { name: "ConvertDraftOrderInput", schema: z.object({ orderId: orderIdField }) },
  workflow: convertDraftOrderWorkflow,
  workflowInput: (input) => ({ order_id: input.orderId }),
  payload: OrderPayload,
  result: (_output, input, ctx) => rereadOrder(input.orderId, ctx),
});
