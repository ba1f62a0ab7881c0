import { Module } from "../../framework/modules/module.ts";
import CartModuleService from "./service.ts";

/** The container key of the cart module's service. */
export const CART_MODULE = "cart";

declare module "../../framework/container/container.ts" {
  interface ContainerRegistrations {
    [CART_MODULE]: CartModuleService;
  }
}

export default Module(CART_MODULE, { service: CartModuleService });
