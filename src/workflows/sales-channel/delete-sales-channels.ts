import type { EventMessage } from "../../framework/events/types.ts";
import { createHook, createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { SalesChannelEvents } from "../../modules/sales-channel/events.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { removeRemoteLinkStep } from "../common/steps/remove-remote-links.ts";
import { deleteSalesChannelsStep } from "./steps/delete-sales-channels.ts";

/**
 * Soft-deletes sales channels and their links (to products and stock locations; the products and
 * locations stay), then emits `sales-channel.deleted`. Hook `salesChannelsDeleted` receives
 * `{ ids }`; if it throws, the channels and their links come back and nothing is emitted.
 */
export const deleteSalesChannelsWorkflow = createWorkflow("delete-sales-channels", (input: { ids: string[] }) => {
  const ids = deleteSalesChannelsStep(input.ids);
  removeRemoteLinkStep(transform({ ids }, ({ ids: list }) => ({ salesChannel: { sales_channel_id: list } })));
  const deleted = createHook("salesChannelsDeleted", { ids });
  emitEventStep(
    transform({ ids }, ({ ids: list }) =>
      list.map((id): EventMessage => ({ name: SalesChannelEvents.SALES_CHANNEL_DELETED, data: { id } })),
    ),
  );
  return new WorkflowResponse(ids, { hooks: [deleted] });
});
