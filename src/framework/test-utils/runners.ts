import { afterAll, beforeAll } from "vitest";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print, type DocumentNode } from "graphql";
import { createApp, type TesseraApp } from "../app.ts";
import { resolveConfig } from "../config/load-config.ts";
import type { ConfigInput } from "../config/types.ts";
import { createAppContainer, type TesseraContainer } from "../container/container.ts";
import { createLogger } from "../logger.ts";
import { loadModules, shutdownModules, type LoadedModule } from "../modules/load-modules.ts";
import { createTestDatabase, type TestDatabase } from "./test-database.ts";
import type { Database } from "../database/database.ts";

/** What a GraphQL request answers; `errors` carry `extensions.code`. */
export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
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
  graphql<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V> | DocumentNode | string, variables?: V, options?: RequestOptions): Promise<GraphQLResponse<R>>;
  get<T = unknown>(path: string, options?: RequestOptions): Promise<ApiResponse<T>>;
  post<T = unknown>(path: string, body?: unknown, options?: RequestOptions): Promise<ApiResponse<T>>;
  request<T = unknown>(method: string, path: string, init?: { body?: BodyInit; headers?: Record<string, string> }): Promise<ApiResponse<T>>;
}

function createApi(url: string): TestApi {
  const request = async <T>(method: string, path: string, init: { body?: BodyInit; headers?: Record<string, string> } = {}): Promise<ApiResponse<T>> => {
    const res = await fetch(`${url}${path}`, { method, body: init.body, headers: init.headers });
    const text = await res.text();
    let data: unknown = text;
    try { data = text ? JSON.parse(text) : undefined; } catch { /* not JSON: keep the text */ }
    return { status: res.status, headers: res.headers, data: data as T };
  };
  const json = (body: unknown, headers?: Record<string, string>) => ({ body: JSON.stringify(body), headers: { "content-type": "application/json", ...headers } });
  return {
    url,
    request,
    get: (path, options) => request("GET", path, { headers: options?.headers }),
    post: (path, body, options) => request("POST", path, json(body ?? {}, options?.headers)),
    graphql: async (document, variables, options) => {
      const query = typeof document === "string" ? document : print(document);
      const res = await request<GraphQLResponse<never>>("POST", "/graphql", json({ query, variables }, options?.headers));
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
export function integrationTestRunner(options: { config?: ConfigInput; testSuite: (suite: IntegrationSuite) => void }): void {
  let app: TesseraApp | undefined;
  let database: TestDatabase | undefined;
  const api = {} as TestApi;
  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createApp({ config: resolveConfig(options.config ?? (await import("../../../tessera.config.ts")).default), database: database.db, migrate: false });
    const port = await app.listen(0, "127.0.0.1");
    Object.assign(api, createApi(`http://127.0.0.1:${port}`));
  });
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
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
  container: TesseraContainer;
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
  /** The module path relative to src/, as in tessera.config.ts. */
  resolve: string;
  moduleOptions?: Record<string, unknown>;
  testSuite: (suite: ModuleSuite<S>) => void;
}): void {
  let database: TestDatabase | undefined;
  let container: TesseraContainer | undefined;
  let modules: LoadedModule[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
    const config = resolveConfig({ modules: [{ resolve: options.resolve, options: options.moduleOptions ?? {} }] });
    container = createAppContainer({ logger: createLogger(), configModule: config, db: database.db });
    modules = await loadModules(container, config);
  });
  afterAll(async () => {
    await shutdownModules(modules);
    await database?.dispose();
  });
  options.testSuite({
    service: late(() => container?.resolve(options.moduleName as never) as S | undefined, "service"),
    container: late(() => container, "container"),
    db: late(() => database?.db, "db"),
  });
}
