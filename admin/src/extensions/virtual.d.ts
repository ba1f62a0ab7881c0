// The module the build's extensions plugin (admin/vite/extensions-plugin.ts) generates.
declare module "virtual:tessera-admin-extensions" {
  /** `src/admin/widgets/*.tsx`: a default component and `config = defineWidgetConfig({ zone })`. */
  export const widgets: { file: string; module: Record<string, unknown> }[];
  /** `src/admin/routes/**\/page.tsx`: a default component and maybe `config = defineRouteConfig(...)`. */
  export const routes: { path: string; module: Record<string, unknown> }[];
}
