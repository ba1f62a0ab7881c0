import { Module } from "../../framework/modules/module.ts";
import EventBusModuleService from "./service.ts";
import { Modules } from "../index.ts";

export const EVENT_BUS_MODULE = Modules.EVENT_BUS;

declare module "../../framework/container/container.ts" {
  interface ContainerRegistrations {
    [EVENT_BUS_MODULE]: EventBusModuleService;
  }
}

export default Module(EVENT_BUS_MODULE, { service: EventBusModuleService });
