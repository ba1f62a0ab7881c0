import { spawn } from "node:child_process";
import { existsSync, watch, type FSWatcher } from "node:fs";
import { register } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { MessageChannel } from "node:worker_threads";
import { currentProject, projectRoot, sourceRoot } from "../paths.ts";

// Imported with `import type` only: the dev host must not load the app itself, every reload does.
import type * as AppModule from "../app.ts";
import type * as AppCommands from "./app-commands.ts";

/** Set on the process that serves (the worker), which its supervisor restarts. */
const WORKER = "TESSERA_DEV_WORKER";
/** The worker's exit code that asks its supervisor for a new process (EX_TEMPFAIL). */
const RESTART = 75;
/** The query that makes an import a new generation of the project's modules (dev-reload-hooks.mjs). */
const GENERATION = "tessera-gen";
const SCRIPT = /\.(m?[jt]sx?|json)$/;
/**
 * Node never unloads an ES module, so each reload keeps the previous generation's modules (about
 * 35 MiB): past this resident size (TESSERA_DEV_MAX_RSS_MB, default 1200) the next change starts a
 * new process instead, which boots the database again.
 */
const maxRss = Number(process.env.TESSERA_DEV_MAX_RSS_MB ?? 1200) * 1024 * 1024;

/**
 * `tessera dev`: serves the app and reloads it when a source file changes, in the same process.
 * The embedded database (PGlite, seconds to boot) and the packages stay loaded; a reload closes the
 * app and imports the project's modules afresh (dev-reload-hooks.mjs). A change to what the reload
 * cannot replace (the dev host's own files, the config, the generated Prisma client) ends the
 * worker, and this supervisor starts a new one.
 */
export async function dev(): Promise<number> {
  return process.env[WORKER] === "1" ? serveAndReload() : supervise();
}

async function supervise(): Promise<number> {
  let stopping = false;
  let child: ReturnType<typeof spawn> | undefined;
  // A signal sent to this process alone (a process manager, `kill <pid>`) must reach the worker;
  // otherwise it is orphaned and keeps the port and the database.
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.on(signal, () => {
      stopping = true;
      child?.kill(signal);
    });
  for (;;) {
    // The dashboard comes from Vite's dev server, with hot reload, instead of its build.
    child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
      stdio: "inherit",
      env: { ...process.env, TESSERA_ADMIN_DEV: "1", [WORKER]: "1" },
    });
    const code = await new Promise<number>((resolve) =>
      child?.on("exit", (c, signal) => resolve(c ?? (signal ? 1 : 0))),
    );
    if (code !== RESTART || stopping) return code;
  }
}

/** The files the dev host loaded and those the app's generations loaded, as the hooks report them. */
function trackModules(): { host: Set<string>; app: Set<string> } {
  // Loaded before the hooks were registered.
  const host = new Set([fileURLToPath(import.meta.url), path.join(sourceRoot, "framework", "cli", "main.ts")]);
  host.add(path.join(sourceRoot, "framework", "paths.ts"));
  const app = new Set<string>();
  const { port1, port2 } = new MessageChannel();
  port1.on("message", ([kind, url]: ["host" | "app", string]) =>
    (kind === "host" ? host : app).add(fileURLToPath(url)),
  );
  port1.unref();
  register(new URL("./dev-reload-hooks.mjs", import.meta.url), {
    data: { root: pathToFileURL(`${projectRoot}${path.sep}`).href, port: port2 },
    transferList: [port2],
  });
  return { host, app };
}

/** What a changed file asks for: nothing, a reload of the app's modules, or a new process. */
function impact(file: string, modules: { host: Set<string>; app: Set<string> }): "none" | "reload" | "restart" {
  if (modules.host.has(file) || file.includes(`${path.sep}generated${path.sep}`)) return "restart";
  if (modules.app.has(file)) return "reload";
  // A new or removed file may be a module, a route or a subscriber that the start discovers; the
  // dashboard's sources are Vite's (hot reload), tests are the test runner's.
  const skipped = /[\\/](admin|__tests__)[\\/]|\.(spec|test)\.[jt]sx?$/;
  return SCRIPT.test(file) && !skipped.test(file) ? "reload" : "none";
}

async function serveAndReload(): Promise<number> {
  const modules = trackModules();
  const { loadConfig } = await import("../config/load-config.ts");
  const { databaseTarget, openDatabase } = await import("../database/database.ts");
  const { announce } = await import("../logger.ts");
  const project = currentProject();
  const db = await openDatabase(databaseTarget(await loadConfig(project.root)));

  let generation = 0;
  let app: { close(): Promise<void> } | undefined;
  const boot = async () => {
    generation++;
    const at = (file: string) => new URL(`${file}?${GENERATION}=${generation}`, import.meta.url).href;
    try {
      const { createApp } = (await import(at("../app.ts"))) as typeof AppModule;
      const { serve } = (await import(at("./app-commands.ts"))) as typeof AppCommands;
      const booted = await createApp({ database: db });
      app = booted;
      await serve(booted);
    } catch (error) {
      // Like a compile error under a watcher: say it and wait for the next change.
      console.error(error);
      console.error("[tessera dev] the app failed to start; waiting for a change");
    }
  };

  let stopping: Promise<number> | undefined;
  const watchers: FSWatcher[] = [];
  const stop = (code: number) => {
    stopping ??= (async () => {
      for (const watcher of watchers) watcher.close();
      await settled;
      await app?.close();
      await db.close();
      return code;
    })();
    return stopping;
  };

  // Changes arrive in bursts (an editor's save, a formatter, a git checkout): one reload per burst,
  // and a burst during a reload gets one more reload after it.
  let settled = boot();
  let due: "reload" | "restart" | undefined;
  let timer: NodeJS.Timeout | undefined;
  let changed = "";
  const onChange = (file: string) => {
    const needs = impact(file, modules);
    if (needs === "none" || stopping) return;
    due = due === "restart" || needs === "restart" ? "restart" : "reload";
    changed = path.relative(process.cwd(), file);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const now = process.memoryUsage.rss() > maxRss ? "restart" : due;
      due = undefined;
      if (now === "restart") {
        announce(`[tessera dev] change in ${changed}: restarting the process`);
        void stop(RESTART).then((code) => process.exit(code));
        return;
      }
      settled = settled.then(async () => {
        announce(`[tessera dev] change in ${changed}: Restarting...`);
        await app?.close();
        app = undefined;
        await boot();
      });
    }, 100);
  };
  const roots = [...new Set([sourceRoot, project.sourceRoot])].filter((dir) => existsSync(dir));
  for (const root of roots)
    watchers.push(watch(root, { recursive: true }, (_, name) => name && onChange(path.join(root, name))));
  // The config file sits in the project's root; its other files are not the server's.
  watchers.push(
    watch(project.root, (_, name) => {
      const file = name && path.join(project.root, name);
      if (file && modules.host.has(file)) onChange(file);
    }),
  );

  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.on(signal, () => void stop(0).then((code) => process.exit(code)));
  return new Promise<number>(() => {});
}
