import { Module } from "../../framework/modules/module.ts";
import NotificationModuleService from "./service.ts";
import { Modules } from "../index.ts";

export const NOTIFICATION_MODULE = Modules.NOTIFICATION;

declare module "../../framework/container/container.ts" {
  interface ContainerRegistrations {
    [NOTIFICATION_MODULE]: NotificationModuleService;
  }
}

export default Module(NOTIFICATION_MODULE, { service: NotificationModuleService });
