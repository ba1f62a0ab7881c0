import { z } from "zod";

/** A boolean, or "true"/"false" from an environment variable. */
const flag = z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]);
const positiveInt = z.coerce.number().int().min(1);

/** Limits and exposure of /graphql (HTTP and graphql-ws). */
const graphqlConfigSchema = z.object({
  /** Schema introspection (`__schema`, `__type`). Default: off when NODE_ENV=production, on otherwise. */
  introspection: flag.optional(),
  /** "Did you mean …?" hints in validation errors. Default: off when NODE_ENV=production, on otherwise. */
  suggestions: flag.optional(),
  /**
   * How long a storefront catalog answer (products, categories, collections, regions, store, ... for
   * a publishable key and customer) is served from memory, in milliseconds; any delivered event that
   * may change one empties the cache. 0 (the default) turns the cache off.
   */
  responseCacheTtlMs: z.coerce.number().int().min(0).default(0),
  /** Longest execution of one operation in milliseconds; 0 turns the limit off. Default 30000. */
  timeoutMs: z.coerce.number().int().min(0).default(30_000),
  /** Largest query cost (see README "Query cost") for storefront callers: publishable key, customer, anonymous. Default 10000. */
  storefrontCostLimit: positiveInt.default(10_000),
  /** Largest query cost for admin users and secret API keys. Default 100000. */
  adminCostLimit: positiveInt.default(100_000),
  /** Deepest selection nesting. Default 15. */
  maxDepth: positiveInt.default(15),
  /** Most aliases in one operation. Default 30. */
  maxAliases: positiveInt.default(30),
  /** Most tokens (names, punctuation, values) in one document. Default 5000. */
  maxTokens: positiveInt.default(5_000),
  /** Most directives in one operation. Default 50. */
  maxDirectives: positiveInt.default(50),
  /** Deepest nesting of objects and lists in one argument or variable (filters' and/or). Default 16. */
  maxInputDepth: positiveInt.default(16),
  /** Longest string in an argument or variable. Default 100000. */
  maxStringLength: positiveInt.default(100_000),
  /** Longest `search` argument. Default 200. */
  maxSearchLength: positiveInt.default(200),
  /** Longest string inside a `filter` argument. Default 1000. */
  maxFilterStringLength: positiveInt.default(1_000),
});

const corsList = z.string().describe("comma-separated origins; a /regex/ entry is allowed");

/** The validated shape of `tessera.config.ts`. Defaults are filled in by `loadConfig`. */
export const configSchema = z.object({
  projectConfig: z
    .object({
      /** PostgreSQL URL. Empty: the embedded PGlite database under `databaseDir`. */
      databaseUrl: z
        .string()
        .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
        .optional(),
      /** Where the embedded database keeps its files. Default `.data/pglite`. */
      databaseDir: z.string().min(1).default(".data/pglite"),
      /** Redis URL. Empty: in-process queues, events and pubsub. */
      redisUrl: z
        .string()
        .regex(/^rediss?:\/\//, "must be a redis:// URL")
        .optional(),
      /** Prefix of every Redis key and queue, so several apps can share one Redis. Default "tessera". */
      redisPrefix: z.string().min(1).default("tessera"),
      /** Where subscribers are discovered, relative to the project root. Default "src/subscribers". */
      subscribersDir: z.string().default("src/subscribers"),
      /** Where scheduled jobs are discovered, relative to the project root. Default "src/jobs". */
      jobsDir: z.string().default("src/jobs"),
      /** Run the scheduled jobs of src/jobs. Default true. */
      jobsEnabled: z.boolean().default(true),
      /** `server` answers HTTP, `worker` runs subscribers, jobs and steps, `shared` (default) does both. */
      workerMode: z.enum(["shared", "server", "worker"]).default("shared"),
      http: z
        .object({
          /** Default 9000. */
          port: z.coerce.number().int().min(0).max(65535).default(9000),
          host: z.string().default("0.0.0.0"),
          storeCors: corsList.default("http://localhost:8000"),
          adminCors: corsList.default("http://localhost:7000,http://localhost:9000"),
          authCors: corsList.default("http://localhost:7000,http://localhost:8000,http://localhost:9000"),
          /** Where customers' links in mails point (verification, account notices). Default http://localhost:8000. */
          storefrontUrl: z.string().url().default("http://localhost:8000"),
          /** Where other actors' links in mails point (admin users, custom actor types). Default http://localhost:7000. */
          adminUrl: z.string().url().default("http://localhost:7000"),
          /** Signs bearer tokens (JWT_SECRET). The default is for development only: production refuses it and anything under 32 characters. */
          jwtSecret: z.string().min(8, "must be at least 8 characters").default("supersecret-dev-only"),
          /** Signs the session cookie (COOKIE_SECRET). The same production rule as jwtSecret. */
          cookieSecret: z.string().min(8, "must be at least 8 characters").default("supersecret-dev-only"),
          /** Largest JSON body accepted, e.g. "1mb". */
          bodyLimit: z.string().default("1mb"),
          /** Largest /graphql request body (larger answers 413 before it is parsed). Default "1mb". */
          graphqlBodyLimit: z.string().default("1mb"),
        })
        .prefault({}),
      graphql: graphqlConfigSchema.prefault({}),
    })
    .prefault({}),
  /** The admin dashboard (README: Extending the admin). */
  admin: z
    .object({
      /** Serve no dashboard. Default false. */
      disable: z.boolean().default(false),
      /** The URL path it is served at. Default "/app". */
      path: z
        .string()
        .regex(/^\/[a-z0-9/_-]*[a-z0-9_-]$/, "must start with / and not end with /")
        .default("/app"),
      /** Where `tessera build` writes it, relative to the project root. Default ".tessera/admin". */
      outDir: z.string().min(1).default(".tessera/admin"),
    })
    .prefault({}),
  modules: z
    .array(
      z.object({
        /** A path relative to `src/` ("./modules/hello") or a module definition object. */
        resolve: z.union([z.string().min(1), z.custom<object>((v) => typeof v === "object" && v !== null)]),
        /** Handed to the module's service constructor (undefined when absent, as in Medusa) and loaders ({} when absent). */
        options: z.record(z.string(), z.unknown()).optional(),
        /** Leaves a default module out of the app (`{ resolve: "./modules/tax", disable: true }`). Default false. */
        disable: z.boolean().optional(),
      }),
    )
    .default([]),
});

export type ConfigInput = z.input<typeof configSchema>;
export type ConfigModule = z.output<typeof configSchema>;
export type ProjectConfig = ConfigModule["projectConfig"];
export type GraphQLConfig = ProjectConfig["graphql"];

/**
 * Declares the project configuration (`tessera.config.ts`). Values from the environment
 * (DATABASE_URL, REDIS_URL, PORT, STORE_CORS, ADMIN_CORS, AUTH_CORS, STOREFRONT_URL, ADMIN_URL,
 * JWT_SECRET, COOKIE_SECRET, WORKER_MODE, GRAPHQL_BODY_LIMIT, GRAPHQL_INTROSPECTION, GRAPHQL_SUGGESTIONS,
 * GRAPHQL_TIMEOUT_MS, GRAPHQL_RESPONSE_CACHE_TTL_MS, GRAPHQL_STOREFRONT_COST_LIMIT, GRAPHQL_ADMIN_COST_LIMIT) override what is written here.
 * @example export default defineConfig({ projectConfig: { http: { port: 9000 } }, modules: [{ resolve: "./modules/brand" }] })
 */
export function defineConfig(config: ConfigInput = {}): ConfigInput {
  return config;
}
