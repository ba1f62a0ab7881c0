import { Module } from "../../framework/modules/module.ts";
import NotificationModuleService from "./service.ts";

export const NOTIFICATION_MODULE = "notification";

declare module "../../framework/container/container.ts" {
  interface ContainerRegistrations {
    [NOTIFICATION_MODULE]: NotificationModuleService;
  }
}

export default Module(NOTIFICATION_MODULE, { service: NotificationModuleService });
