import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { asFunction, asValue } from "awilix";
import type { ConfigModule } from "../config/types.ts";
import type { TesseraContainer } from "../container/container.ts";
import { registerIdPrefix } from "../graphql/node-ids.ts";
import { currentProject, importCode, sourceRoot } from "../paths.ts";
import type { Linkable, ModuleDefinition, ModuleLoader } from "./module.ts";

/** A default module: its folder relative to src/. */
export interface ModuleRef {
  resolve: string;
}

/**
 * The project's default module lists, read by path convention from `src/modules/index.ts` (the
 * kernel names no module): `defaultModules`, which every app loads unless its config disables
 * one, and `infrastructureModules`, what the framework relies on (events, jobs, workflows, mail),
 * which the module test runner loads beside the module under test.
 */
export async function moduleDefaults(): Promise<{ defaultModules: ModuleRef[]; infrastructureModules: ModuleRef[] }> {
  const file = path.join(sourceRoot, "modules", "index.ts");
  if (!existsSync(file)) return { defaultModules: [], infrastructureModules: [] };
  const exported = (await importCode(file)) as {
    defaultModules?: ModuleRef[];
    infrastructureModules?: ModuleRef[];
  };
  return { defaultModules: exported.defaultModules ?? [], infrastructureModules: exported.infrastructureModules ?? [] };
}

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
  const exported = (await importCode(entry)) as Record<string, unknown>;
  const definition = Object.values({ default: exported.default, ...exported }).find(isDefinition);
  if (!definition) throw new Error(`Module ${resolve}: index.ts must export Module(...)`);
  return { definition, dir };
}

const normalized = (resolve: string) => path.posix.normalize(resolve).replace(/^(?!\.)/, "./");

/**
 * The module entries to load: the defaults first (the project's `defaultModules` unless given),
 * then the config's, options merged by path; an entry with `disable: true` leaves a module out.
 */
export async function moduleEntries(
  config: ConfigModule,
  defaults?: readonly ModuleRef[],
): Promise<{ resolve: string | object; options: Record<string, unknown> | undefined }[]> {
  const base = defaults ?? (await moduleDefaults()).defaultModules;
  // Options stay undefined until a config entry gives some: the seed's `options || { … }` relies on it.
  const entries = new Map<string | object, Record<string, unknown> | undefined>(
    base.map((m) => [normalized(m.resolve), undefined]),
  );
  for (const entry of config.modules) {
    const key = typeof entry.resolve === "string" ? normalized(entry.resolve) : entry.resolve;
    if (entry.disable) entries.delete(key);
    else if (entry.options === undefined) entries.set(key, entries.get(key));
    else entries.set(key, { ...entries.get(key), ...entry.options });
  }
  return [...entries].map(([resolve, options]) => ({ resolve, options }));
}

/**
 * Loads every module: a container per module (its extra services and options), the main
 * service registered in the app container under the module's name, then the module's loaders.
 * `defaults` replaces the project's default list (the module test runner's infrastructure).
 */
export async function loadModules(
  app: TesseraContainer,
  config: ConfigModule,
  defaults?: readonly ModuleRef[],
): Promise<LoadedModule[]> {
  const loaded: LoadedModule[] = [];
  for (const entry of await moduleEntries(config, defaults)) {
    const { definition, dir } =
      typeof entry.resolve === "string"
        ? await importDefinition(entry.resolve)
        : { definition: entry.resolve as ModuleDefinition, dir: sourceRoot };
    const container = app.createScope();
    // The service gets undefined without configured options (as in Medusa); loaders and the
    // container's `options` keep getting an object, so existing loaders read it safely.
    const options = entry.options ?? {};
    container.register({ options: asValue(options), moduleName: asValue(definition.name) });
    for (const [name, Service] of Object.entries(definition.services)) {
      type Ctor = new (cradle: unknown, options: unknown) => unknown;
      container.register(
        name,
        asFunction((cradle) => new (Service as unknown as Ctor)(cradle, entry.options)).scoped(),
      );
    }
    type MainCtor = new (cradle: unknown, options: unknown) => unknown;
    // Built on first resolve, so loaders run first and may register what its constructor reads
    // (Medusa's order); a loader that resolves the service builds it from what is registered so far.
    // (Memoized by hand: awilix refuses singletons on a scope, and `scoped` would build one per request scope.)
    let service: unknown;
    const instance = () => {
      service ??= new (definition.service as unknown as MainCtor)(container.cradle, entry.options);
      return service;
    };
    container.register(definition.name, asFunction(instance));
    app.register(definition.name, asFunction(instance));
    for (const linkable of Object.values(definition.linkable as Record<string, Linkable>)) {
      if (linkable.model.idPrefix) registerIdPrefix(linkable.model.idPrefix, linkable.model.name);
    }
    loaded.push({ definition, dir, options, container });
  }
  for (const module of loaded) {
    for (const loader of await moduleLoaders(module))
      await loader({ container: module.container, options: module.options });
  }
  // Every service exists once the app is loaded, whether or not a loader asked for it.
  for (const module of loaded) module.container.resolve(module.definition.name);
  return loaded;
}

/**
 * A module's loaders: those its Module() lists, then each default export of `loaders/*.ts` in its
 * folder not listed already (Medusa picks up the `loaders` folder), in file name order.
 */
async function moduleLoaders(module: LoadedModule): Promise<ModuleLoader[]> {
  const listed = [...(module.definition.loaders as readonly ModuleLoader[])];
  const folder = path.join(module.dir, "loaders");
  if (!existsSync(folder) || module.dir === sourceRoot) return listed;
  const files = readdirSync(folder)
    .filter((file) => /\.(ts|js|mjs)$/.test(file) && !/\.(d|spec|test)\.ts$/.test(file))
    .sort();
  for (const file of files) {
    const exported = (await importCode(path.join(folder, file))) as { default?: unknown };
    if (typeof exported.default === "function" && !listed.includes(exported.default as ModuleLoader))
      listed.push(exported.default as ModuleLoader);
  }
  return listed;
}

/** Tells each module service the app has loaded everything (workflows, links, routes): `onApplicationStart()`. */
export async function startModules(modules: readonly LoadedModule[]): Promise<void> {
  for (const module of modules) {
    const service = module.container.resolve(module.definition.name) as { onApplicationStart?: () => unknown };
    await service.onApplicationStart?.();
  }
}

/** Lets each module service release what it holds (queues, timers): `onShutdown()`, in reverse load order. */
export async function shutdownModules(modules: readonly LoadedModule[]): Promise<void> {
  for (const module of [...modules].reverse()) {
    const service = module.container.resolve(module.definition.name) as { onShutdown?: () => Promise<void> };
    await service.onShutdown?.();
  }
}
