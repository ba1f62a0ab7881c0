import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { GraphQLSchema } from "graphql";
import { loadConfig } from "./config/load-config.ts";
import type { ConfigModule } from "./config/types.ts";
import { createAppContainer, type TesseraContainer } from "./container/container.ts";
import { databaseTarget, openDatabase, type Database } from "./database/database.ts";
import { buildSchema } from "./graphql/schema.ts";
import { prepareAdmin } from "./http/admin.ts";
import { createHttpApp } from "./http/http-app.ts";
import { loadApi } from "./http/mount-api.ts";
import { attachWebSocket } from "./http/websocket.ts";
import { loadLinks } from "./links/load-links.ts";
import { registerLinkService } from "./links/register.ts";
import { createLogger, type Logger } from "./logger.ts";
import { loadModules, shutdownModules, startModules, type LoadedModule } from "./modules/load-modules.ts";
import { addModuleEventNames } from "./events/event-names.ts";
import { setupEventBus } from "./events/setup.ts";
import { setupJobs } from "./jobs/setup.ts";
import { currentProject, extensionDirs, sourceRoot } from "./paths.ts";
import { registerQuery } from "./query/register.ts";
import { claimRedisPrefix, type RedisPrefixClaim } from "./redis-prefix-claim.ts";

export interface AppOptions {
  config?: ConfigModule;
  /** An open database to use instead of the one the config names (tests). */
  database?: Database;
  /** Apply pending migrations at start. Default true. */
  migrate?: boolean;
  logger?: Logger;
  /** Serve the dashboard through Vite's dev server (hot reload) instead of its build. Default: TESSERA_ADMIN_DEV=1. */
  adminDev?: boolean;
  /** The project whose `src/admin` extensions the dashboard shows. Default the current project's root. */
  adminRoot?: string;
  /** Where route files and middlewares.ts live. Default the product's `src/api` and the project's. */
  apiDir?: string;
}

/** A booted app: container, schema and an HTTP server not yet listening. */
export interface TesseraApp {
  config: ConfigModule;
  container: TesseraContainer;
  db: Database;
  schema: GraphQLSchema;
  modules: LoadedModule[];
  server: Server;
  /** Listens on `port` (config default 9000; 0 picks a free one) and returns the bound port. */
  listen(port?: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/** Boots the app: config, database (migrated), container, modules, schema, HTTP and WebSocket. */
export async function createApp(options: AppOptions = {}): Promise<TesseraApp> {
  const config = options.config ?? (await loadConfig(currentProject().root));
  const logger = options.logger ?? createLogger();
  const db = options.database ?? (await openDatabase(databaseTarget(config)));
  if (options.migrate ?? true) {
    await db.migrate((message) => logger.info(message));
  }
  const { redisUrl, redisPrefix } = config.projectConfig;
  const prefixClaim = redisUrl ? await claimRedisPrefix(db, redisUrl, redisPrefix, logger) : undefined;
  try {
    return await bootOn(options, config, logger, db, prefixClaim);
  } catch (error) {
    await prefixClaim?.release();
    throw error;
  }
}

/** The rest of the boot, once the database is migrated and the Redis prefix (if any) is this database's. */
async function bootOn(
  options: AppOptions,
  config: ConfigModule,
  logger: Logger,
  db: Database,
  prefixClaim: RedisPrefixClaim | undefined,
): Promise<TesseraApp> {
  const container = createAppContainer({ logger, configModule: config, db });
  // Before the modules: their services take the bus in their constructors.
  const eventBus = await setupEventBus(container, config);
  const modules = await loadModules(container, config);
  await addModuleEventNames(
    container,
    modules.map((m) => m.dir),
  );
  await loadLinks(
    modules.map((m) => m.definition.name),
    { warn: (message) => logger.warn(message) },
  );
  registerLinkService(container);
  const jobScheduler = await setupJobs(container, config);
  const schema = await buildSchema(modules);
  registerQuery(container, schema, modules);
  // Route files and middlewares.ts come from the product's src/api and the project's (or apiDir in
  // tests); the API layer's own routes (src/api/routes.ts) and modules' routes.ts files are read
  // from their folders.
  const coreApiDir = path.join(sourceRoot, "api");
  const api = await loadApi(options.apiDir ? [options.apiDir] : extensionDirs("api"), [
    ...modules.map((m) => m.dir),
    coreApiDir,
  ]);
  const admin = await prepareAdmin({
    config,
    projectRoot: options.adminRoot ?? currentProject().root,
    dev: options.adminDev ?? process.env.TESSERA_ADMIN_DEV === "1",
  });
  const { app, yoga } = createHttpApp(container, schema, api, admin);
  const server = createServer(app);
  // Idle keep-alive sockets outlive the clients' (and load balancers') own idle timeouts, so a
  // client never reuses a socket the server is closing at that moment (ECONNRESET under load).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const closeWebSocket = attachWebSocket(server, yoga, container, admin.upgrade);
  // Last: queue workers take jobs only once every workflow and subscriber is registered.
  await startModules(modules);
  return {
    config,
    container,
    db,
    schema,
    modules,
    server,
    listen: (port = config.projectConfig.http.port, host = config.projectConfig.http.host) =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
      }),
    close: async () => {
      await closeWebSocket();
      await admin.close();
      if (server.listening) {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        // close() waits for every connection to end: a keep-alive client that keeps sending
        // requests (a health check, a load balancer) held it open for ever. Requests in flight
        // finish; each connection goes as soon as it is idle.
        const reaper = setInterval(() => server.closeIdleConnections(), 25);
        await closed.finally(() => clearInterval(reaper));
      }
      server.closeAllConnections?.();
      await jobScheduler.close();
      await eventBus.close();
      await shutdownModules(modules);
      await prefixClaim?.release();
      if (!options.database) await db.close();
    },
  };
}
