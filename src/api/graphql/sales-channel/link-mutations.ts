import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { type WorkflowFactory, workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { zodId } from "../../../framework/graphql/zod-input.ts";
import {
  linkProductsToSalesChannelWorkflow,
  linkStockLocationsToSalesChannelWorkflow,
} from "../../../workflows/sales-channel/index.ts";
import type { ChannelLinksInput } from "../../../workflows/sales-channel/channel-links-workflow.ts";
import { retrieveSalesChannel, SalesChannelPayload } from "./mutations.ts";

const salesChannelId = zodId().describe("The sales channel.");

/**
 * Declares the mutations linking a channel to records of one kind, or unlinking them: `ids` picks
 * them from the input. Unknown ids come back as userErrors and nothing changes.
 */
function channelLinks<S extends z.ZodObject<{ salesChannelId: typeof salesChannelId }>>(
  input: { name: string; schema: S },
  workflow: WorkflowFactory<ChannelLinksInput, unknown>,
  ids: (input: z.output<S>) => string[],
) {
  return (field: string, direction: "add" | "remove", description: string) =>
    workflowMutation(field, {
      access: access.admin,
      description,
      input,
      workflow,
      workflowInput: (parsed) => ({ id: parsed.salesChannelId, [direction]: ids(parsed) }),
      payload: SalesChannelPayload,
      result: async (_output, parsed, ctx) => ({
        salesChannel: await retrieveSalesChannel(ctx, parsed.salesChannelId),
      }),
    });
}

const productIds = z.array(zodId()).describe("The products to add to or remove from it.");
const stockLocationIds = z.array(zodId()).describe("The stock locations that fulfil its orders, to add or remove.");
const productLinks = channelLinks(
  { name: "SalesChannelProductsInput", schema: z.object({ salesChannelId, productIds }) },
  linkProductsToSalesChannelWorkflow,
  (input) => input.productIds,
);
const locationLinks = channelLinks(
  { name: "SalesChannelStockLocationsInput", schema: z.object({ salesChannelId, stockLocationIds }) },
  linkStockLocationsToSalesChannelWorkflow,
  (input) => input.stockLocationIds,
);

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
