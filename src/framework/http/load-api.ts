import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { importCode } from "../paths.ts";
import { compareRoutePaths, folderToPath } from "./matcher.ts";
import { httpMethods, type MiddlewaresConfig, type ModuleRoute, type RouteHandler } from "./types.ts";

/** Every `route.ts` under `apiDir` as a path (`[id]` → `:id`) and its exported method handlers. */
export async function loadFileRoutes(apiDir: string): Promise<ModuleRoute[]> {
  if (!existsSync(apiDir)) return [];
  const files = readdirSync(apiDir, { recursive: true, encoding: "utf8" }).filter(
    (file) => path.basename(file) === "route.ts",
  );
  const routes: ModuleRoute[] = [];
  for (const file of files) {
    const exported = (await importCode(path.join(apiDir, file))) as Record<string, unknown>;
    const handlers: ModuleRoute["handlers"] = {};
    for (const method of httpMethods) {
      if (typeof exported[method] === "function") handlers[method] = exported[method] as RouteHandler;
    }
    routes.push({ path: folderToPath(path.dirname(file)), handlers });
  }
  return routes.sort((a, b) => compareRoutePaths(a.path, b.path));
}

/** The default export of `src/api/middlewares.ts`, or nothing. */
export async function loadMiddlewares(apiDir: string): Promise<MiddlewaresConfig> {
  const file = path.join(apiDir, "middlewares.ts");
  if (!existsSync(file)) return {};
  const exported = (await importCode(file)) as { default?: MiddlewaresConfig };
  return exported.default ?? {};
}

/** Routes a module contributes in its `routes.ts` (`export const routes: ModuleRoute[]`). */
export async function loadModuleRoutes(moduleDirs: readonly string[]): Promise<ModuleRoute[]> {
  const routes: ModuleRoute[] = [];
  for (const dir of moduleDirs) {
    const file = path.join(dir, "routes.ts");
    if (!existsSync(file)) continue;
    const exported = (await importCode(file)) as { routes?: ModuleRoute[] };
    routes.push(...(exported.routes ?? []));
  }
  return routes;
}
