import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import { columnsOf } from "../../../framework/graphql/inputs.ts";
import { payloadType } from "../../../framework/graphql/payloads.ts";
import { deleteMutation, workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { metadataInput, zodId } from "../../../framework/graphql/zod-input.ts";
import { Modules } from "../../../modules/index.ts";
import { SalesChannelRef } from "../../../modules/sales-channel/graphql/types.ts";
import {
  createSalesChannelsWorkflow,
  deleteSalesChannelsWorkflow,
  updateSalesChannelsWorkflow,
} from "../../../workflows/sales-channel/index.ts";

const name = z.string().trim().min(1, "must not be empty").max(500).describe("The channel's name.");
const channelFields = {
  description: z.string().nullish().describe("What the channel is for, for admins."),
  isDisabled: z.boolean().nullish().describe("A disabled channel's publishable keys see no products."),
  metadata: metadataInput(),
};
const createSchema = z.object({ name, ...channelFields });
const updateSchema = z.object({
  id: zodId().describe("The sales channel to update."),
  name: name.nullish(),
  ...channelFields,
});

export const SalesChannelPayload = payloadType("SalesChannelPayload", "salesChannel", SalesChannelRef);
export const retrieveSalesChannel = (ctx: GraphQLContext, id: string) =>
  ctx.scope.resolve(Modules.SALES_CHANNEL).retrieveSalesChannel(id);

workflowMutation("createSalesChannel", {
  access: access.admin,
  description: "Creates a sales channel (createSalesChannelsWorkflow; emits sales-channel.created).",
  input: { name: "CreateSalesChannelInput", schema: createSchema },
  hooks: true,
  workflow: createSalesChannelsWorkflow,
  workflowInput: (input) => ({
    salesChannels: [
      { ...columnsOf(input), description: input.description ?? null, is_disabled: input.isDisabled ?? false },
    ],
  }),
  payload: SalesChannelPayload,
  result: async ([created], _input, ctx) => ({ salesChannel: await retrieveSalesChannel(ctx, created?.id ?? "") }),
});

workflowMutation("updateSalesChannel", {
  access: access.admin,
  description:
    "Updates a sales channel (updateSalesChannelsWorkflow; emits sales-channel.updated). An unknown id is NOT_FOUND.",
  input: { name: "UpdateSalesChannelInput", schema: updateSchema },
  hooks: true,
  workflow: updateSalesChannelsWorkflow,
  workflowInput: (input) => ({ salesChannels: [columnsOf(input)] }),
  payload: SalesChannelPayload,
  result: async (_output, input, ctx) => ({ salesChannel: await retrieveSalesChannel(ctx, input.id) }),
});

deleteMutation("deleteSalesChannel", {
  access: access.admin,
  description:
    "Soft-deletes a sales channel and its links to products and stock locations (deleteSalesChannelsWorkflow; emits sales-channel.deleted). An unknown id is NOT_FOUND.",
  workflow: deleteSalesChannelsWorkflow,
});
