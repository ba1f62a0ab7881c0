import type { ComponentType } from "react";

/**
 * Medusa's injection zones on the pages the dashboard has. A detail page's zones hand their
 * widgets `{ data }`, the page's record.
 */
export const injectionZones = [
  "login.before",
  "login.after",
  "order.list.before",
  "order.list.after",
  "order.details.before",
  "order.details.after",
  "product.list.before",
  "product.list.after",
  "product.details.before",
  "product.details.after",
  "product.details.side.before",
  "product.details.side.after",
  "product_category.list.before",
  "product_category.list.after",
  "product_category.details.before",
  "product_category.details.after",
  "product_collection.list.before",
  "product_collection.list.after",
  "product_collection.details.before",
  "product_collection.details.after",
  "price_list.list.before",
  "price_list.list.after",
  "price_list.details.before",
  "price_list.details.after",
  "promotion.list.before",
  "promotion.list.after",
  "promotion.details.before",
  "promotion.details.after",
  "campaign.list.before",
  "campaign.list.after",
  "campaign.details.before",
  "campaign.details.after",
  "region.list.before",
  "region.list.after",
  "region.details.before",
  "region.details.after",
  "tax.list.before",
  "tax.list.after",
  "tax.details.before",
  "tax.details.after",
  "sales_channel.list.before",
  "sales_channel.list.after",
  "sales_channel.details.before",
  "sales_channel.details.after",
  "user.list.before",
  "user.list.after",
  "user.details.before",
  "user.details.after",
  "customer_group.list.before",
  "customer_group.list.after",
  "customer_group.details.before",
  "customer_group.details.after",
  "api_key.list.before",
  "api_key.list.after",
  "inventory_item.list.before",
  "inventory_item.list.after",
  "location.list.before",
  "location.list.after",
  "customer.list.before",
  "customer.list.after",
  "workflow.list.before",
  "workflow.list.after",
] as const;

/** One of the dashboard's widget zones. */
export type InjectionZone = (typeof injectionZones)[number];

/** A widget file's `config` export: where the widget is injected. */
export interface WidgetConfig {
  zone: InjectionZone | InjectionZone[];
}

/** A UI route's `config` export: its sidebar item (a route without one is reached by link only). */
export interface RouteConfig {
  label?: string;
  icon?: ComponentType;
}

/** The props of a widget in a details zone (`product.details.before`): the page's record. */
export interface DetailWidgetProps<T> {
  data: T;
}

/**
 * Declares where a widget goes.
 * @example export const config = defineWidgetConfig({ zone: "product.list.before" })
 */
export function defineWidgetConfig(config: WidgetConfig): WidgetConfig {
  return config;
}

/**
 * Declares a UI route's sidebar item.
 * @example export const config = defineRouteConfig({ label: "Custom Route", icon: ChatBubbleLeftRight })
 */
export function defineRouteConfig(config: RouteConfig): RouteConfig {
  return config;
}
