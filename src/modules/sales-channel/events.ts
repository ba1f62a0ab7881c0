/**
 * The sales channel module's domain events, emitted by the sales channel workflows once the
 * workflow has succeeded. Every payload is `{ id }` of the channel.
 */
export const SalesChannelEvents = {
  SALES_CHANNEL_CREATED: "sales-channel.created",
  SALES_CHANNEL_UPDATED: "sales-channel.updated",
  SALES_CHANNEL_DELETED: "sales-channel.deleted",
} as const;

/** The payload of every sales channel event. */
export interface SalesChannelEventData {
  id: string;
}
