import { Module } from "../../framework/modules/module.ts";
import PaymentModuleService from "./service.ts";

/** The container key of the payment module's service. */
export const PAYMENT_MODULE = "payment";

declare module "../../framework/container/container.ts" {
  interface ContainerRegistrations {
    [PAYMENT_MODULE]: PaymentModuleService;
  }
}

export default Module(PAYMENT_MODULE, { service: PaymentModuleService });
