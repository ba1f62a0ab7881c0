import { randomBytes } from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { existsSync } from "node:fs";
import { afterAll, beforeAll, expect } from "vitest";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print, type DocumentNode } from "graphql";
import { createApp, type TesseraApp } from "../app.ts";
import { resolveConfig } from "../config/load-config.ts";
import type { ConfigInput, ConfigModule } from "../config/types.ts";
import { createAppContainer, type TesseraContainer } from "../container/container.ts";
import { createLogger, type Logger } from "../logger.ts";
import { createAdminUser } from "../cli/auth-commands.ts";
import { signAuthToken } from "../http/auth-token.ts";
import {
  loadModules,
  moduleDefaults,
  shutdownModules,
  startModules,
  type LoadedModule,
} from "../modules/load-modules.ts";
import { clearRedisPrefix } from "./redis-prefix.ts";
import { createTestDatabase, type TestDatabase } from "./test-database.ts";
import type { Database } from "../database/database.ts";
import { projectRoot, useProject } from "../paths.ts";

/**
 * The project a test file belongs to when the runner is not told: the nearest folder above the
 * file holding a tessera.config.ts (`examples/seed` for its integration-tests/), so a Medusa test
 * runs as written, without a `project` option. The checkout itself is the product (undefined).
 */
function projectOfTestFile(): string | undefined {
  const file = expect.getState().testPath;
  if (!file) return undefined;
  for (let dir = path.dirname(file); dir.startsWith(projectRoot) && dir !== projectRoot; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "tessera.config.ts"))) return path.relative(projectRoot, dir);
  }
  return undefined;
}

/**
 * The suite's config: its own Redis prefix, so test files running at once never share queues,
 * and no discovered jobs unless the suite asks (a cron tick mid-test would skew query counts).
 */
function testConfig(input: ConfigInput) {
  const prefix = `tessera-test-${process.pid}-${Math.floor(Math.random() * 1e9)}`;
  return resolveConfig({
    ...input,
    projectConfig: { jobsEnabled: false, ...input.projectConfig, redisPrefix: prefix },
  });
}

/** Tests import it from here, beside the runners that use it. */
export { clearRedisPrefix };

/** What a GraphQL request answers; `errors` carry `extensions.code`. */
export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
  /** Response-level notes (`priceContext.taxAbsent`). */
  extensions?: Record<string, unknown>;
}

/** An HTTP response as the seed's tests read it: `status` and the parsed `data`. */
export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  data: T;
}

type RequestOptions = { headers?: Record<string, string> };

/** A client for the app under test: GraphQL (typed by the generated documents) and plain HTTP. */
export interface TestApi {
  url: string;
  graphql<R, V extends Record<string, unknown>>(
    document: TypedDocumentNode<R, V> | DocumentNode | string,
    variables?: V,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<R>>;
  get<T = unknown>(path: string, options?: RequestOptions): Promise<ApiResponse<T>>;
  post<T = unknown>(path: string, body?: unknown, options?: RequestOptions): Promise<ApiResponse<T>>;
  request<T = unknown>(
    method: string,
    path: string,
    init?: { body?: BodyInit; headers?: Record<string, string> },
  ): Promise<ApiResponse<T>>;
  /** The same client sending `headers` on every request too (e.g. another caller's credentials). */
  withHeaders(headers: Record<string, string>): TestApi;
  /** The same client with a caller's credentials instead of the default admin key. */
  as(credentials: Record<string, string>): TestApi;
  /** A client without credentials. */
  readonly anonymous: TestApi;
  /** The default client's credentials: an admin user's bearer token, so tests act as an admin. */
  readonly adminHeaders: Record<string, string>;
  /** What the app has mailed (notified) to an address so far, oldest first: a test's view of that person's inbox. */
  inbox(to: string): Promise<SentMail[]>;
}

/** A notification as its recipient reads it. */
export interface SentMail {
  channel: string;
  template: string;
  data: Record<string, unknown>;
}

type Inbox = TestApi["inbox"];

function createApi(
  url: string,
  defaults: Record<string, string>,
  adminHeaders: Record<string, string>,
  inbox: Inbox,
): TestApi {
  const request = async <T>(
    method: string,
    path: string,
    init: { body?: BodyInit; headers?: Record<string, string> } = {},
  ): Promise<ApiResponse<T>> => {
    const res = await fetch(`${url}${path}`, { method, body: init.body, headers: { ...defaults, ...init.headers } });
    const text = await res.text();
    let data: unknown = text;
    try {
      data = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, headers: res.headers, data: data as T };
  };
  const json = (body: unknown, headers?: Record<string, string>) => ({
    body: JSON.stringify(body),
    headers: { "content-type": "application/json", ...headers },
  });
  return {
    url,
    request,
    adminHeaders,
    inbox,
    withHeaders: (headers) => createApi(url, { ...defaults, ...headers }, adminHeaders, inbox),
    as: (credentials) => createApi(url, credentials, adminHeaders, inbox),
    get anonymous() {
      return createApi(url, {}, adminHeaders, inbox);
    },
    get: (path, options) => request("GET", path, { headers: options?.headers }),
    post: (path, body, options) => request("POST", path, json(body ?? {}, options?.headers)),
    graphql: async (document, variables, options) => {
      const query = typeof document === "string" ? document : print(document);
      const res = await request<GraphQLResponse<never>>(
        "POST",
        "/graphql",
        json({ query, variables }, options?.headers),
      );
      return res.data;
    },
  };
}

export interface IntegrationSuite {
  api: TestApi;
  getContainer(): TesseraContainer;
  getApp(): TesseraApp;
  getDatabase(): Database;
}

/**
 * Boots the whole app on a fresh database for a test file (the seed's medusaIntegrationTestRunner).
 * @example integrationTestRunner({ testSuite: ({ api }) => { it("lists", async () => { ... }) } })
 */
export function integrationTestRunner(options: {
  /**
   * The project to boot, relative to the checkout (`examples/seed`): its config, modules, links,
   * routes, workflows, subscribers and migrations on top of the product's. Default: the product.
   */
  project?: string;
  config?: ConfigInput;
  /** Route files and middlewares.ts to serve instead of `src/api`. */
  apiDir?: string;
  /** The app's logger (default: silent under tests). */
  logger?: Logger;
  /** The dashboard through Vite's dev server (hot reload), with `adminRoot`'s `src/admin` extensions. */
  admin?: { dev?: boolean; root?: string };
  testSuite: (suite: IntegrationSuite) => void;
}): void {
  let app: TesseraApp | undefined;
  let database: TestDatabase | undefined;
  const api = {} as TestApi;
  const project = useProject(options.project ?? projectOfTestFile());
  beforeAll(async () => {
    database = await createTestDatabase();
    const projectConfig = async () =>
      ((await import(pathToFileURL(path.join(project.root, "tessera.config.ts")).href)) as { default: ConfigInput })
        .default;
    app = await createApp({
      config: testConfig(options.config ?? (await projectConfig())),
      database: database.db,
      migrate: false,
      apiDir: options.apiDir,
      logger: options.logger,
      adminDev: options.admin?.dev,
      adminRoot: options.admin?.root,
    });
    const port = await app.listen(0, "127.0.0.1");
    // Client and server share this process; a long synchronous PGlite statement can stall it past
    // Node's keep-alive timeout, and the server then resets the socket fetch is reusing
    // (ECONNRESET). Tests keep idle sockets longer than any stall.
    app.server.keepAliveTimeout = 120_000;
    // Tests act as an admin user unless they ask otherwise (api.anonymous, api.as(...)). A bearer
    // token costs no SQL per request, so query-count tests measure only what they ask for.
    const admin = await createAdminUser(app.container, {
      email: "admin@tessera.test",
      password: randomBytes(16).toString("hex"),
    });
    // Its user.created is delivered now, before any test subscribes to count events.
    await app.container.resolve("eventBus").drain();
    const token = await signAuthToken(
      {
        actor_id: admin.id,
        actor_type: "user",
        auth_identity_id: admin.authIdentityId,
        app_metadata: { user_id: admin.id },
      },
      app.config.projectConfig.http.jwtSecret,
    );
    const adminHeaders = { authorization: `Bearer ${token}` };
    const notification = app.container.resolve("notification");
    const inbox: Inbox = async (to) =>
      (await notification.listNotificationRecords({ to }, { order: { created_at: "ASC" } })).map((m) => ({
        channel: m.channel,
        template: m.template,
        data: (m.data ?? {}) as Record<string, unknown>,
      }));
    Object.defineProperties(
      api,
      Object.getOwnPropertyDescriptors(createApi(`http://127.0.0.1:${port}`, adminHeaders, adminHeaders, inbox)),
    );
  });
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
    if (app) await clearRedisPrefix(app.config);
  });
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is available inside tests, after beforeAll`);
    return value;
  };
  options.testSuite({
    api,
    getContainer: () => need(app, "the app").container,
    getApp: () => need(app, "the app"),
    getDatabase: () => need(database, "the database").db,
  });
}

export interface ModuleSuite<S> {
  service: S;
  /** The app container (the module's main service is registered there). */
  container: TesseraContainer;
  /** The module's own container: its extra services, options and what its loaders registered. */
  moduleContainer: TesseraContainer;
  db: Database;
}

/**
 * Suites are declared before `beforeAll` boots anything, and the seed's tests destructure
 * `({ service })` at declaration: hand out a stand-in that forwards to the real object.
 */
function late<T extends object>(get: () => T | undefined, what: string): T {
  return new Proxy({} as T, {
    get: (_target, key) => {
      const value = get();
      if (!value) throw new Error(`${what} is available inside tests, after beforeAll`);
      const member = Reflect.get(value, key) as unknown;
      return typeof member === "function" ? (member as (...a: unknown[]) => unknown).bind(value) : member;
    },
  });
}

/**
 * Loads one module on a fresh database and hands its main service to the suite (the seed's
 * moduleIntegrationTestRunner).
 */
export function moduleIntegrationTestRunner<S extends object>(options: {
  moduleName: string;
  /** The module path relative to the project's src/ (or the product's), as in tessera.config.ts. */
  resolve: string;
  /** The project the module belongs to (`examples/seed`), whose migrations the database gets. Default: the product. */
  project?: string;
  moduleOptions?: Record<string, unknown>;
  /**
   * Medusa's `moduleModels`: accepted and not needed. The module's tables come from its
   * migrations (the Prisma models are the module's models.prisma), applied to the test database.
   */
  moduleModels?: readonly unknown[];
  testSuite: (suite: ModuleSuite<S>) => void;
}): void {
  let database: TestDatabase | undefined;
  let container: TesseraContainer | undefined;
  let modules: LoadedModule[] = [];
  let config: ConfigModule | undefined;
  let moduleContainer: TesseraContainer | undefined;
  useProject(options.project ?? projectOfTestFile());
  beforeAll(async () => {
    database = await createTestDatabase();
    config = testConfig({ modules: [{ resolve: options.resolve, options: options.moduleOptions }] });
    container = createAppContainer({ logger: createLogger(), configModule: config, db: database.db });
    // The module alone, beside what the framework relies on (events, jobs, workflows, mail).
    const loaded = await loadModules(container, config, (await moduleDefaults()).infrastructureModules);
    await startModules(loaded);
    modules = loaded;
    moduleContainer = loaded.find((m) => m.definition.name === options.moduleName)?.container;
  });
  afterAll(async () => {
    await shutdownModules(modules);
    if (config) await clearRedisPrefix(config);
    await database?.dispose();
  });
  options.testSuite({
    service: late(() => container?.resolve(options.moduleName as never) as S | undefined, "service"),
    container: late(() => container, "container"),
    moduleContainer: late(() => moduleContainer, "moduleContainer"),
    db: late(() => database?.db, "db"),
  });
}

/** Medusa's name for integrationTestRunner (`@medusajs/test-utils`), so its tests port as written. */
export const medusaIntegrationTestRunner = integrationTestRunner;
