import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";

/** The module the dashboard imports its extensions from. */
export const EXTENSIONS_MODULE = "virtual:tessera-admin-extensions";
const RESOLVED = `\0${EXTENSIONS_MODULE}`;

/** Every file under `dir` (recursively), sorted so the build is deterministic. */
function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? walk(full) : [full];
    })
    .sort();
}

/** `routes/custom/[id]/page.tsx` → `custom/:id`. */
export function routePath(routesDir: string, file: string): string {
  return path
    .relative(routesDir, path.dirname(file))
    .split(path.sep)
    .map((segment) => segment.replace(/^\[(.+)\]$/, ":$1"))
    .join("/");
}

/** The source of the virtual module: one import per widget and per UI route page. */
export function extensionsSource(adminDir: string): string {
  const widgetsDir = path.join(adminDir, "widgets");
  const routesDir = path.join(adminDir, "routes");
  const widgets = walk(widgetsDir).filter((f) => /\.(tsx|jsx|ts|js)$/.test(f) && path.dirname(f) === widgetsDir);
  const pages = walk(routesDir).filter((f) => /(^|\/)page\.(tsx|jsx)$/.test(f));
  const lines: string[] = [];
  for (const [i, file] of widgets.entries()) lines.push(`import * as w${i} from ${JSON.stringify(file)};`);
  for (const [i, file] of pages.entries()) lines.push(`import * as r${i} from ${JSON.stringify(file)};`);
  const widgetList = widgets.map(
    (file, i) => `{ file: ${JSON.stringify(path.relative(adminDir, file))}, module: w${i} }`,
  );
  const routeList = pages.map((file, i) => `{ path: ${JSON.stringify(routePath(routesDir, file))}, module: r${i} }`);
  lines.push(`export const widgets = [${widgetList.join(", ")}];`);
  lines.push(`export const routes = [${routeList.join(", ")}];`);
  return lines.join("\n");
}

/**
 * Finds the project's admin extensions at build time (`src/admin/widgets/*.tsx`,
 * `src/admin/routes/**\/page.tsx`) and serves them as one virtual module. In dev, adding or
 * removing a file reloads the module.
 */
export function adminExtensions(adminDir: string): Plugin {
  return {
    name: "tessera-admin-extensions",
    resolveId: (id) => (id === EXTENSIONS_MODULE ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? extensionsSource(adminDir) : undefined),
    configureServer(server) {
      server.watcher.add(adminDir);
      const refresh = (file: string) => {
        if (!file.startsWith(adminDir)) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: "full-reload" });
      };
      server.watcher.on("add", refresh);
      server.watcher.on("unlink", refresh);
    },
  };
}
