// The built-in modules: their container keys (Medusa's `Modules`) and the default list a project
// loads. The kernel imports nothing from here: it reads `defaultModules` from this file by path
// convention and merges the project's `modules` over it, so a project can pass a module options
// or leave it out (`{ resolve: "./modules/tax", disable: true }`).
import { WORKFLOW_ENGINE } from "../framework/workflows/engine-api.ts";

/** The container key of each built-in module's service: `container.resolve(Modules.PRODUCT)`. */
export const Modules = {
  EVENT_BUS: "eventBusModule",
  SCHEDULER: "scheduler",
  NOTIFICATION: "notification",
  WORKFLOW_ENGINE,
  PRODUCT: "product",
  SALES_CHANNEL: "salesChannel",
  API_KEY: "apiKey",
  AUTH: "auth",
  USER: "user",
  CUSTOMER: "customer",
  CURRENCY: "currency",
  REGION: "region",
  STORE: "store",
  PRICING: "pricing",
  STOCK_LOCATION: "stockLocation",
  INVENTORY: "inventory",
  TAX: "tax",
  PAYMENT: "payment",
  CART: "cart",
  PROMOTION: "promotion",
  FULFILLMENT: "fulfillment",
  ORDER: "order",
} as const;

/** A module of the default list: its folder relative to src/. */
export interface DefaultModule {
  resolve: string;
}

/**
 * Modules the framework itself relies on: failed event deliveries (event-bus), job runs
 * (scheduler), workflow runs (workflow-engine) and mail (notification). The module test runner
 * loads these beside the module under test.
 */
export const infrastructureModules: DefaultModule[] = [
  { resolve: "./modules/event-bus" },
  { resolve: "./modules/scheduler" },
  { resolve: "./modules/notification" },
  { resolve: "./modules/workflow-engine" },
];

/** The commerce modules; auth, user and api-key carry the API's logins and keys. */
export const commerceModules: DefaultModule[] = [
  { resolve: "./modules/product" },
  { resolve: "./modules/sales-channel" },
  { resolve: "./modules/api-key" },
  { resolve: "./modules/auth" },
  { resolve: "./modules/user" },
  { resolve: "./modules/customer" },
  { resolve: "./modules/currency" },
  { resolve: "./modules/region" },
  { resolve: "./modules/store" },
  { resolve: "./modules/pricing" },
  { resolve: "./modules/stock-location" },
  { resolve: "./modules/inventory" },
  { resolve: "./modules/tax" },
  { resolve: "./modules/payment" },
  { resolve: "./modules/cart" },
  { resolve: "./modules/promotion" },
  { resolve: "./modules/fulfillment" },
  { resolve: "./modules/order" },
];

/** What every project loads unless its config disables an entry. */
export const defaultModules: DefaultModule[] = [...infrastructureModules, ...commerceModules];
