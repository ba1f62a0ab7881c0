import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { zodId } from "../../../framework/graphql/zod-input.ts";
import {
  linkProductsToSalesChannelWorkflow,
  linkStockLocationsToSalesChannelWorkflow,
} from "../../../workflows/sales-channel/index.ts";
import { retrieveSalesChannel, SalesChannelPayload } from "./mutations.ts";

const productsInput = {
  name: "SalesChannelProductsInput",
  schema: z.object({
    salesChannelId: zodId().describe("The sales channel."),
    productIds: z.array(zodId()).describe("The products to add to or remove from it."),
  }),
};
const locationsInput = {
  name: "SalesChannelStockLocationsInput",
  schema: z.object({
    salesChannelId: zodId().describe("The sales channel."),
    stockLocationIds: z.array(zodId()).describe("The stock locations that fulfil its orders, to add or remove."),
  }),
};

/** Links or unlinks a channel's products; unknown ids come back as userErrors and nothing changes. */
function productLinks(field: string, direction: "add" | "remove", description: string) {
  workflowMutation(field, {
    access: access.admin,
    description,
    input: productsInput,
    workflow: linkProductsToSalesChannelWorkflow,
    workflowInput: (input) => ({ id: input.salesChannelId, [direction]: input.productIds }),
    payload: SalesChannelPayload,
    result: async (_output, input, ctx) => ({ salesChannel: await retrieveSalesChannel(ctx, input.salesChannelId) }),
  });
}

/** Links or unlinks a channel's stock locations; unknown ids come back as userErrors and nothing changes. */
function locationLinks(field: string, direction: "add" | "remove", description: string) {
  workflowMutation(field, {
    access: access.admin,
    description,
    input: locationsInput,
    workflow: linkStockLocationsToSalesChannelWorkflow,
    workflowInput: (input) => ({ id: input.salesChannelId, [direction]: input.stockLocationIds }),
    payload: SalesChannelPayload,
    result: async (_output, input, ctx) => ({ salesChannel: await retrieveSalesChannel(ctx, input.salesChannelId) }),
  });
}

productLinks(
  "addProductsToSalesChannel",
  "add",
  "Sells the products in the channel (linkProductsToSalesChannelWorkflow). An unknown channel or product is a userError and nothing is linked.",
);
productLinks(
  "removeProductsFromSalesChannel",
  "remove",
  "Takes the products out of the channel; products not in it are ignored.",
);
locationLinks(
  "addStockLocationsToSalesChannel",
  "add",
  "The channel sells from these stock locations too (linkStockLocationsToSalesChannelWorkflow): their stock counts in ProductVariant.availability.",
);
locationLinks(
  "removeStockLocationsFromSalesChannel",
  "remove",
  "The channel no longer sells from these stock locations; ones not linked are ignored.",
);
