import type { ComponentType } from "react";
import { routes as routeModules, widgets as widgetModules } from "virtual:tessera-admin-extensions";
import type { InjectionZone, RouteConfig, WidgetConfig } from "../../sdk/config.ts";

/** A widget ready to render in its zones. */
export interface Widget {
  file: string;
  zones: InjectionZone[];
  Component: ComponentType<{ data?: unknown }>;
}

/** A UI route: its path under the dashboard, its page, and its sidebar item if it has one. */
export interface UiRoute {
  path: string;
  Component: ComponentType;
  config: RouteConfig | undefined;
  /** Under settings/: listed in the settings page instead of the sidebar. */
  settings: boolean;
}

export const widgets: Widget[] = widgetModules.flatMap(({ file, module }) => {
  const config = module.config as WidgetConfig | undefined;
  const Component = module.default as Widget["Component"] | undefined;
  if (!config?.zone || typeof Component !== "function") {
    console.warn(`admin widget ${file} needs a default component and config = defineWidgetConfig({ zone })`);
    return [];
  }
  return [{ file, zones: Array.isArray(config.zone) ? config.zone : [config.zone], Component }];
});

export const uiRoutes: UiRoute[] = routeModules.flatMap(({ path, module }) => {
  const Component = module.default as ComponentType | undefined;
  if (typeof Component !== "function") return [];
  return [
    { path, Component, config: module.config as RouteConfig | undefined, settings: path.startsWith("settings/") },
  ];
});

/** The widgets of one zone, in file order. */
export const widgetsIn = (zone: InjectionZone): Widget[] => widgets.filter((w) => w.zones.includes(zone));
