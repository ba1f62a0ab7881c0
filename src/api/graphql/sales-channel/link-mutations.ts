import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import type { TesseraContainer } from "../../../framework/container/container.ts";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import type { WorkflowRunner } from "../../../framework/workflows/index.ts";
import { idempotencyKeyDescription, runMutationWorkflow } from "../../../framework/graphql/run-workflow.ts";
import { withUserErrors } from "../../../framework/graphql/user-errors.ts";
import type { ChannelLinksInput } from "../../../workflows/sales-channel/channel-links-workflow.ts";
import {
  linkProductsToSalesChannelWorkflow,
  linkStockLocationsToSalesChannelWorkflow,
} from "../../../workflows/sales-channel/index.ts";
import { SalesChannelPayload } from "./mutations.ts";
import { Modules } from "../../../modules/index.ts";

const SalesChannelProductsInput = builder.inputType("SalesChannelProductsInput", {
  fields: (t) => ({
    salesChannelId: t.id({ required: true }),
    productIds: t.idList({ required: true }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});
const SalesChannelStockLocationsInput = builder.inputType("SalesChannelStockLocationsInput", {
  fields: (t) => ({
    salesChannelId: t.id({ required: true }),
    stockLocationIds: t.idList({ required: true }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});

type LinksWorkflow = (container: TesseraContainer) => WorkflowRunner<ChannelLinksInput, ChannelLinksInput>;

/** Runs a channel's link workflow and answers the channel; unknown ids come back as userErrors. */
function changeLinks(
  ctx: GraphQLContext,
  workflow: LinksWorkflow,
  input: ChannelLinksInput,
  idempotencyKey: string | null | undefined,
) {
  return withUserErrors(async () => {
    await runMutationWorkflow(workflow, ctx.scope, input, idempotencyKey);
    return { salesChannel: await ctx.scope.resolve(Modules.SALES_CHANNEL).retrieveSalesChannel(input.id) };
  });
}

builder.mutationFields((t) => {
  const products = (direction: "add" | "remove", description: string) =>
    t.field({
      authScopes: access.admin,
      type: SalesChannelPayload,
      description,
      args: { input: t.arg({ type: SalesChannelProductsInput, required: true }) },
      resolve: (_root, { input }, ctx) =>
        changeLinks(
          ctx,
          linkProductsToSalesChannelWorkflow,
          { id: input.salesChannelId, [direction]: input.productIds },
          input.idempotencyKey,
        ),
    });
  const locations = (direction: "add" | "remove", description: string) =>
    t.field({
      authScopes: access.admin,
      type: SalesChannelPayload,
      description,
      args: { input: t.arg({ type: SalesChannelStockLocationsInput, required: true }) },
      resolve: (_root, { input }, ctx) =>
        changeLinks(
          ctx,
          linkStockLocationsToSalesChannelWorkflow,
          { id: input.salesChannelId, [direction]: input.stockLocationIds },
          input.idempotencyKey,
        ),
    });
  return {
    addProductsToSalesChannel: products(
      "add",
      "Sells the products in the channel (linkProductsToSalesChannelWorkflow). An unknown channel or product is a userError and nothing is linked.",
    ),
    removeProductsFromSalesChannel: products(
      "remove",
      "Takes the products out of the channel; products not in it are ignored.",
    ),
    addStockLocationsToSalesChannel: locations(
      "add",
      "The channel sells from these stock locations too (linkStockLocationsToSalesChannelWorkflow): their stock counts in ProductVariant.availability.",
    ),
    removeStockLocationsFromSalesChannel: locations(
      "remove",
      "The channel no longer sells from these stock locations; ones not linked are ignored.",
    ),
  };
});
