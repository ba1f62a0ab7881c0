import { model } from "../../framework/modules/model.ts";
import { ModuleService } from "../../framework/modules/service-factory.ts";

export const EventFailure = model("EventFailure", { graphql: false, idPrefix: "evfail", searchable: ["event_name", "subscriber_id"] });

/** Keeps the record of events whose subscribers failed on every attempt. */
export default class EventBusModuleService extends ModuleService({ EventFailure }) {}
