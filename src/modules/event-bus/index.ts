import { Module } from "../../framework/modules/module.ts";
import EventBusModuleService from "./service.ts";

export const EVENT_BUS_MODULE = "eventBusModule";

declare module "../../framework/container/container.ts" {
  interface ContainerRegistrations {
    [EVENT_BUS_MODULE]: EventBusModuleService;
  }
}

export default Module(EVENT_BUS_MODULE, { service: EventBusModuleService });
