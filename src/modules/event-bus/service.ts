import type { EventOutboxStore } from "../../framework/events/outbox.ts";
import { model } from "../../framework/modules/model.ts";
import { ModuleService, type ModuleCradle } from "../../framework/modules/service-factory.ts";
import { PrismaOutboxStore } from "./outbox-store.ts";

export const EventFailure = model("EventFailure", {
  graphql: false,
  idPrefix: "evfail",
  searchable: ["event_name", "subscriber_id"],
});

/**
 * Keeps the record of events whose subscribers failed on every attempt, and the outbox events
 * wait in between their commit and their delivery (the framework's bus relays it).
 */
export default class EventBusModuleService extends ModuleService({ EventFailure }) implements EventOutboxStore {
  private readonly outbox: PrismaOutboxStore;

  constructor(cradle: ModuleCradle, options?: unknown) {
    super(cradle, options);
    this.outbox = new PrismaOutboxStore(cradle.db);
  }

  addToOutbox: EventOutboxStore["addToOutbox"] = (events, groupId) => this.outbox.addToOutbox(events, groupId);
  releaseOutboxGroup: EventOutboxStore["releaseOutboxGroup"] = (groupId, events) =>
    this.outbox.releaseOutboxGroup(groupId, events);
  clearOutboxGroup: EventOutboxStore["clearOutboxGroup"] = (groupId) => this.outbox.clearOutboxGroup(groupId);
  claimOutbox: EventOutboxStore["claimOutbox"] = (limit, redeliverBefore) =>
    this.outbox.claimOutbox(limit, redeliverBefore);
  unclaimOutbox: EventOutboxStore["unclaimOutbox"] = (ids) => this.outbox.unclaimOutbox(ids);
  removeFromOutbox: EventOutboxStore["removeFromOutbox"] = (ids) => this.outbox.removeFromOutbox(ids);
  countReleasedInOutbox: EventOutboxStore["countReleasedInOutbox"] = () => this.outbox.countReleasedInOutbox();
}
