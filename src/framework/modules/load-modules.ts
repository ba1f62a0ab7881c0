import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { asFunction, asValue } from "awilix";
import type { ConfigModule } from "../config/types.ts";
import type { TesseraContainer } from "../container/container.ts";
import { registerIdPrefix } from "../graphql/node-ids.ts";
import { currentProject, sourceRoot } from "../paths.ts";
import type { Linkable, ModuleDefinition, ModuleLoader } from "./module.ts";

/** Commerce modules every app loads; the project config may pass them options. */
export const coreModules = [
  "./modules/event-bus", "./modules/scheduler", "./modules/notification",
  "./modules/workflow-engine", "./modules/product", "./modules/sales-channel", "./modules/api-key", "./modules/auth", "./modules/user", "./modules/customer",
  "./modules/currency", "./modules/region", "./modules/store", "./modules/pricing",
  "./modules/stock-location", "./modules/inventory", "./modules/tax",
] as const;

export interface LoadedModule {
  definition: ModuleDefinition;
  /** The module's folder (its graphql/, models.prisma, workflows/ live there). */
  dir: string;
  options: Record<string, unknown>;
  container: TesseraContainer;
}

function isDefinition(value: unknown): value is ModuleDefinition {
  return typeof value === "object" && value !== null && "name" in value && "service" in value && "linkable" in value;
}

/** A module's folder: `resolve` relative to the project's src/, else to the product's (core modules). */
export function moduleDir(resolve: string): string {
  const inProject = path.resolve(currentProject().sourceRoot, resolve);
  return existsSync(inProject) ? inProject : path.resolve(sourceRoot, resolve);
}

/** Imports a module's index.ts and returns its Module(...) definition and folder. */
export async function importDefinition(resolve: string): Promise<{ definition: ModuleDefinition; dir: string }> {
  const dir = moduleDir(resolve);
  const entry = [path.join(dir, "index.ts"), dir].find((p) => existsSync(p) && p.endsWith(".ts"));
  if (!entry) throw new Error(`Module ${resolve}: no index.ts in ${dir}`);
  const exported = (await import(pathToFileURL(entry).href)) as Record<string, unknown>;
  const definition = Object.values({ default: exported.default, ...exported }).find(isDefinition);
  if (!definition) throw new Error(`Module ${resolve}: index.ts must export Module(...)`);
  return { definition, dir };
}

/** The module entries to load: core modules first, then the project's, options merged by path. */
export function moduleEntries(config: ConfigModule): { resolve: string | object; options: Record<string, unknown> }[] {
  const entries = new Map<string | object, Record<string, unknown>>(coreModules.map((m) => [m, {}]));
  for (const entry of config.modules) {
    const key = typeof entry.resolve === "string" ? path.posix.normalize(entry.resolve).replace(/^(?!\.)/, "./") : entry.resolve;
    entries.set(key, { ...(entries.get(key) ?? {}), ...entry.options });
  }
  return [...entries].map(([resolve, options]) => ({ resolve, options }));
}

/**
 * Loads every module: a container per module (its extra services and options), the main
 * service registered in the app container under the module's name, then the module's loaders.
 */
export async function loadModules(app: TesseraContainer, config: ConfigModule): Promise<LoadedModule[]> {
  const loaded: LoadedModule[] = [];
  for (const entry of moduleEntries(config)) {
    const { definition, dir } = typeof entry.resolve === "string"
      ? await importDefinition(entry.resolve)
      : { definition: entry.resolve as ModuleDefinition, dir: sourceRoot };
    const container = app.createScope();
    container.register({ options: asValue(entry.options), moduleName: asValue(definition.name) });
    for (const [name, Service] of Object.entries(definition.services)) {
      type Ctor = new (cradle: unknown, options: unknown) => unknown;
      container.register(name, asFunction((cradle) => new (Service as unknown as Ctor)(cradle, entry.options)).scoped());
    }
    type MainCtor = new (cradle: unknown, options: unknown) => unknown;
    const service = new (definition.service as unknown as MainCtor)(container.cradle, entry.options);
    container.register(definition.name, asValue(service));
    app.register(definition.name, asValue(service));
    for (const linkable of Object.values(definition.linkable as Record<string, Linkable>)) {
      if (linkable.model.idPrefix) registerIdPrefix(linkable.model.idPrefix, linkable.model.name);
    }
    loaded.push({ definition, dir, options: entry.options, container });
  }
  for (const module of loaded) {
    for (const loader of module.definition.loaders as readonly ModuleLoader[]) await loader({ container: module.container, options: module.options });
  }
  return loaded;
}

/** Lets each module service release what it holds (queues, timers): `onShutdown()`, in reverse load order. */
export async function shutdownModules(modules: readonly LoadedModule[]): Promise<void> {
  for (const module of [...modules].reverse()) {
    const service = module.container.resolve(module.definition.name) as { onShutdown?: () => Promise<void> };
    await service.onShutdown?.();
  }
}
