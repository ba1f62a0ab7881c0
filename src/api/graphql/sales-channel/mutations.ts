import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { recordMutations } from "../../../framework/graphql/record-mutations.ts";
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

export const { payload: SalesChannelPayload, retrieve: retrieveSalesChannel } = recordMutations("SalesChannel", {
  ref: SalesChannelRef,
  access: access.admin,
  batch: "salesChannels",
  hooks: true,
  retrieve: (ctx, id) => ctx.scope.resolve(Modules.SALES_CHANNEL).retrieveSalesChannel(id),
  create: {
    description: "Creates a sales channel (createSalesChannelsWorkflow; emits sales-channel.created).",
    schema: createSchema,
    workflow: createSalesChannelsWorkflow,
    defaults: { description: null, is_disabled: false },
  },
  update: {
    description:
      "Updates a sales channel (updateSalesChannelsWorkflow; emits sales-channel.updated). An unknown id is NOT_FOUND.",
    schema: updateSchema,
    workflow: updateSalesChannelsWorkflow,
  },
  delete: {
    description:
      "Soft-deletes a sales channel and its links to products and stock locations (deleteSalesChannelsWorkflow; emits sales-channel.deleted). An unknown id is NOT_FOUND.",
    workflow: deleteSalesChannelsWorkflow,
  },
});
