import { Module } from "../../framework/modules/module.ts";
import SchedulerModuleService from "./service.ts";

export const SCHEDULER_MODULE = "scheduler";

declare module "../../framework/container/container.ts" {
  interface ContainerRegistrations {
    [SCHEDULER_MODULE]: SchedulerModuleService;
  }
}

export default Module(SCHEDULER_MODULE, { service: SchedulerModuleService });
