import { existsSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import express, { type Express, type NextFunction, type Request, type Response } from "express";
import helmet from "helmet";
import type { ConfigModule } from "../config/types.ts";
import { compiled, projectRoot as checkout } from "../paths.ts";
import type { UpgradeHandler } from "./websocket.ts";

type AdminConfig = ConfigModule["admin"];

/** Where the project's dashboard build lives (absolute). */
export const adminOutDir = (config: ConfigModule, projectRoot: string): string =>
  path.resolve(projectRoot, config.admin.outDir);

/** True once `tessera build` has written the dashboard for this project. */
export const adminBuilt = (config: ConfigModule, projectRoot: string): boolean =>
  existsSync(path.join(adminOutDir(config, projectRoot), "index.html"));

type ViteConfigModule = typeof import("../../../admin/vite/config.ts");
/** The dashboard's Vite config, a TypeScript file of admin/: through tsx when the server runs compiled (it is not in the build). */
async function viteConfig(): Promise<ViteConfigModule> {
  if (!compiled) return import("../../../admin/vite/config.ts");
  const { tsImport } = await import("tsx/esm/api");
  return (await tsImport(path.join(checkout, "admin", "vite", "config.ts"), import.meta.url)) as ViteConfigModule;
}

/** Builds the dashboard with the project's extensions (`tessera build`). Vite is loaded only here and in dev. */
export async function buildAdmin(config: ConfigModule, projectRoot: string, outDir?: string): Promise<string> {
  const { build } = await import("vite");
  const { adminViteConfig } = await viteConfig();
  const target = outDir ?? adminOutDir(config, projectRoot);
  await build(adminViteConfig({ projectRoot, outDir: target, base: config.admin.path }));
  return target;
}

/**
 * The dashboard's own CSP: everything from this origin (scripts, styles, the graphql-ws socket),
 * nothing from elsewhere. Outside production it does not upgrade requests to https, since a local
 * server speaks plain http.
 */
function adminSecurityHeaders(dev: boolean) {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        "connect-src": ["'self'", ...(dev ? ["ws:"] : [])],
        // Vite's dev client injects the React refresh preamble inline.
        "script-src": ["'self'", ...(dev ? ["'unsafe-inline'"] : [])],
        // Vite's dev client pings a restarted server from a worker it makes from a blob.
        "worker-src": ["'self'", ...(dev ? ["blob:"] : [])],
        "upgrade-insecure-requests": process.env.NODE_ENV === "production" ? [] : null,
      },
    },
  });
}

/** Mounts the dashboard on the HTTP app (before the custom routes' 404) and stops its dev server. */
export interface AdminMount {
  mount(app: Express): void;
  /** In dev, takes the hot-reload socket's upgrade (the server's port, the admin path). */
  upgrade: UpgradeHandler;
  close(): Promise<void>;
}

const noUpgrade: UpgradeHandler = () => false;

/**
 * Serves the dashboard at `config.admin.path`: the built files (hashed assets cached for a year,
 * every other path answered with index.html for the client router), or in dev Vite's middleware
 * with hot reload.
 */
export async function prepareAdmin(options: {
  config: ConfigModule;
  projectRoot: string;
  dev: boolean;
}): Promise<AdminMount> {
  const admin: AdminConfig = options.config.admin;
  if (admin.disable) return { mount: () => {}, upgrade: noUpgrade, close: async () => {} };
  const base = admin.path;
  const headers = adminSecurityHeaders(options.dev);
  if (options.dev) {
    // Vite's dev server starts on the first request under the admin path, not at boot: `tessera
    // dev` restarts the server on every source change, and most restarts never open the admin.
    let started: Promise<import("vite").ViteDevServer> | undefined;
    // Vite's hot-reload socket rides on the server's own port: Vite listens for upgrades on this
    // server, which never listens itself; the app's server hands it those under the admin path.
    const hmrUpgrades = createServer();
    const vite = () => {
      started ??= (async () => {
        const { createServer } = await import("vite");
        const { adminViteConfig } = await import("../../../admin/vite/config.ts");
        return createServer({
          ...adminViteConfig({
            projectRoot: options.projectRoot,
            outDir: adminOutDir(options.config, options.projectRoot),
            base,
          }),
          appType: "spa",
          server: {
            middlewareMode: true,
            hmr: { server: hmrUpgrades },
            fs: { allow: [path.resolve(options.projectRoot), path.resolve(import.meta.dirname, "../../..")] },
          },
        });
      })();
      return started;
    };
    const mount = (app: Express) => {
      app.use(base, headers);
      app.use(base, async (req: Request, res: Response, next: NextFunction) => {
        try {
          const server = await vite();
          // Vite sees the whole URL (its base is the mount path).
          req.url = req.originalUrl;
          server.middlewares(req, res, next);
        } catch (error) {
          next(error);
        }
      });
      app.use(base, async (req: Request, res: Response, next: NextFunction) => {
        try {
          const { readFile } = await import("node:fs/promises");
          const html = await readFile(path.join(import.meta.dirname, "../../../admin/index.html"), "utf8");
          res.type("html").send(await (await vite()).transformIndexHtml(req.originalUrl, html));
        } catch (error) {
          next(error);
        }
      });
    };
    // The Vite client connects to `${base}/` with its own subprotocol (vite-hmr, or vite-ping while
    // it waits for a restarted server); Vite starts for it if no page was asked for since the start.
    const upgrade: UpgradeHandler = (req, socket, head) => {
      const protocol = req.headers["sec-websocket-protocol"];
      const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
      if (pathname !== `${base}/` || (protocol !== "vite-hmr" && protocol !== "vite-ping")) return false;
      vite().then(
        () => hmrUpgrades.emit("upgrade", req, socket, head),
        () => socket.destroy(),
      );
      return true;
    };
    const close = async () => {
      await started?.then(
        (server) => server.close(),
        () => undefined,
      );
    };
    return { mount, upgrade, close };
  }
  const outDir = adminOutDir(options.config, options.projectRoot);
  const mount = (app: Express) => {
    app.use(base, headers);
    app.use(`${base}/assets`, express.static(path.join(outDir, "assets"), { immutable: true, maxAge: "1y" }));
    app.use(base, express.static(outDir, { index: false }));
    app.use(base, (req: Request, res: Response) => {
      if (req.method !== "GET" && req.method !== "HEAD") return res.status(404).end();
      if (!adminBuilt(options.config, options.projectRoot))
        return res.status(503).type("text").send("The admin is not built: run `npm run build`.");
      res.setHeader("cache-control", "no-cache");
      // With a root, send checks only the file name for dotfiles (the default outDir is .tessera/).
      res.sendFile("index.html", { root: outDir });
    });
  };
  return { mount, upgrade: noUpgrade, close: async () => {} };
}
