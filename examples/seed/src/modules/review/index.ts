import { Module } from "../../../../../src/framework/modules/module.ts";
import ReviewModuleService from "./service.ts";

/** The container key of the review module's service. */
export const REVIEW_MODULE = "review";

declare module "../../../../../src/framework/container/container.ts" {
  interface ContainerRegistrations {
    [REVIEW_MODULE]: ReviewModuleService;
  }
}

export default Module(REVIEW_MODULE, { service: ReviewModuleService });
