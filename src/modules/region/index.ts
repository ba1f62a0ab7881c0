import { Module } from "../../framework/modules/module.ts";
import RegionModuleService from "./service.ts";

/** The container key of the region module's service. */
export const REGION_MODULE = "region";

declare module "../../framework/container/container.ts" {
  interface ContainerRegistrations {
    [REGION_MODULE]: RegionModuleService;
  }
}

export default Module(REGION_MODULE, { service: RegionModuleService });
