import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

declare global {
  interface ImportMeta {
    /** Defined by `tessera build` in the compiled server (bin/server-build.mjs): the checkout, relative to the build. */
    readonly tesseraBuild?: { checkout: string };
  }
}

const here = path.dirname(fileURLToPath(import.meta.url));
/** True when this process runs the compiled server of `tessera build` (what `tessera start` runs in production). */
export const compiled = import.meta.tesseraBuild !== undefined;
/** The Tessera checkout (package.json, node_modules, the product's prisma/ and src/). */
export const projectRoot = path.resolve(here, import.meta.tesseraBuild?.checkout ?? "../..");

type CodeLoader = () => Promise<unknown>;
let compiledCode: ReadonlyMap<string, CodeLoader> | undefined;

/** Called once by the compiled server's entry: its loaders of the source files, keyed by path from the checkout. */
export function useCompiledCode(code: Record<string, CodeLoader>): void {
  compiledCode = new Map(Object.entries(code));
}

/**
 * Imports a code file that discovery found in the sources (a module's index.ts, a link, a route,
 * a subscriber, a job, a workflow, the config): the file itself under tsx, its compiled module when
 * the process runs the build. Discovery reads the source folders either way.
 */
export async function importCode<T = Record<string, unknown>>(file: string): Promise<T> {
  if (!compiledCode) return (await import(pathToFileURL(file).href)) as T;
  const load = compiledCode.get(path.relative(projectRoot, file).split(path.sep).join("/"));
  if (!load) throw new Error(`${file} is not in the compiled server: run \`npm run build\``);
  return (await load()) as T;
}
/** The product's code: core modules, links, workflows, subscribers and API routes. */
export const sourceRoot = path.join(projectRoot, "src");
/** The product's migrations, applied before a project's own. */
export const migrationsDir = path.join(projectRoot, "prisma", "migrations");

/** Where an app project keeps its config, its extensions (src/) and its migrations. */
export interface ProjectPaths {
  root: string;
  /** The project's modules, links, workflows, subscribers, jobs and api. */
  sourceRoot: string;
  /** The project's own migrations (its modules' and links' tables), applied after the product's. */
  migrationsDir: string;
  /** True for the product itself (no project beside it). */
  isProduct: boolean;
}

/** The paths of the project in `root` (relative to the checkout); the checkout itself when empty. */
export function projectPaths(root?: string): ProjectPaths {
  const dir = root ? path.resolve(projectRoot, root) : projectRoot;
  return {
    root: dir,
    sourceRoot: path.join(dir, "src"),
    migrationsDir: path.join(dir, "prisma", "migrations"),
    isProduct: dir === projectRoot,
  };
}

// One app per process: the project is chosen at start (TESSERA_PROJECT, e.g. `examples/seed`) or by
// the test runner before it boots an app (useProject).
let current = projectPaths(process.env.TESSERA_PROJECT);

/** The project this process runs: the product unless TESSERA_PROJECT or useProject names another. */
export const currentProject = (): ProjectPaths => current;

/** Runs the project in `root` (relative to the checkout) from now on; undefined goes back to the product. */
export function useProject(root: string | undefined): ProjectPaths {
  current = projectPaths(root);
  return current;
}

/** A folder of extensions (`links`, `workflows`, `subscribers`, `api`) in the product and, if another, the project. */
export function extensionDirs(name: string, project = current): string[] {
  const dirs = [path.join(sourceRoot, name), path.join(project.sourceRoot, name)];
  return [...new Set(dirs)].filter((dir) => existsSync(dir));
}

/** Migration folders to apply, in order: the product's, then the project's. */
export function migrationDirs(project = current): string[] {
  return [...new Set([migrationsDir, project.migrationsDir])];
}
