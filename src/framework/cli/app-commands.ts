import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createApp, type TesseraApp } from "../app.ts";
import { createCommandApp } from "./command-app.ts";
import type { TesseraContainer } from "../container/container.ts";
import { loadConfig } from "../config/load-config.ts";
import { adminBuilt, buildAdmin } from "../http/admin.ts";
import { announce } from "../logger.ts";
import { currentProject, importCode, projectRoot } from "../paths.ts";

/** What `tessera exec` passes to a script's default export (as `medusa exec` does). */
export interface ExecArgs {
  container: TesseraContainer;
  args: string[];
}

async function runScript(file: string, args: string[], container: TesseraContainer): Promise<void> {
  const mod = (await importCode(file)) as { default?: (a: ExecArgs) => unknown };
  if (typeof mod.default !== "function")
    throw new Error(`${path.relative(projectRoot, file)} has no default export function`);
  await mod.default({ container, args });
}

export async function start(): Promise<number> {
  const app = await createApp();
  const stop = async () => {
    await app.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  if (app.config.projectConfig.workerMode === "worker") {
    // Workers run subscribers, jobs and workflow steps; they answer no HTTP.
    announce(`Worker started (pid ${process.pid})`);
    return new Promise<number>(() => {});
  }
  await serve(app);
  return new Promise<number>(() => {});
}

/** Seeds a first embedded start, listens and prints where to go: the part of `start` that `tessera dev` runs again on each reload. */
export async function serve(app: TesseraApp): Promise<void> {
  const logger = app.container.resolve("logger");
  if (!app.config.admin.disable && !adminBuilt(app.config, currentProject().root)) {
    logger.info("building the admin dashboard (once; `npm run build` rebuilds it)");
    await buildAdmin(app.config, currentProject().root);
  }
  const firstStart = app.db.kind === "pglite" ? await isEmpty(app.container) : false;
  if (firstStart) {
    await runScript(path.join(projectRoot, "src", "scripts", "seed.ts"), [], app.container);
    logger.info("seeded the demo catalogue");
  }
  const port = await app.listen();
  const host = app.config.projectConfig.http.host === "0.0.0.0" ? "localhost" : app.config.projectConfig.http.host;
  announce(`Tessera is running on ${app.db.kind === "pglite" ? "embedded PGlite" : "PostgreSQL"}`);
  const [storefrontKey] = await app.container
    .resolve("apiKey")
    .listApiKeys({ type: "publishable", revoked_at: null }, { take: 1 });
  if (storefrontKey) announce(`Storefront publishable key (x-publishable-api-key): ${storefrontKey.token}`);
  announce(`GraphiQL: http://${host}:${port}/graphql`);
  if (!app.config.admin.disable) announce(`Admin dashboard: http://${host}:${port}${app.config.admin.path}`);
  announce(
    "GraphQL needs credentials: `npm run tessera -- user --email … --password …` (admin) or `npm run tessera -- api-key --title web --type publishable` (storefront)",
  );
}

/** The embedded database has no products yet: the first start seeds the demo catalogue. */
async function isEmpty(container: TesseraContainer): Promise<boolean> {
  const [, count] = await container.resolve("product").listAndCountProducts({}, { take: 0, withDeleted: true });
  return count === 0;
}

/** Builds the admin dashboard with the project's extensions into `admin.outDir`. */
export async function build(): Promise<number> {
  const config = await loadConfig(currentProject().root);
  const outDir = await buildAdmin(config, currentProject().root);
  console.log(`Admin dashboard built in ${path.relative(process.cwd(), outDir) || "."}`);
  return 0;
}

export async function exec(positionals: string[]): Promise<number> {
  const [script, ...args] = positionals;
  if (!script) {
    console.error("Missing argument: exec <script> (e.g. exec ./src/scripts/my-script.ts)");
    return 1;
  }
  const file = path.resolve(process.cwd(), script);
  if (!existsSync(file)) {
    console.error(`Script not found: ${script}`);
    return 1;
  }
  const app = await createCommandApp();
  try {
    await runScript(file, args, app.container);
    return 0;
  } finally {
    await app.close();
  }
}

export async function seed(): Promise<number> {
  const app = await createCommandApp();
  try {
    await runScript(path.join(projectRoot, "src", "scripts", "seed.ts"), [], app.container);
    console.log("Demo catalogue seeded.");
    return 0;
  } finally {
    await app.close();
  }
}
