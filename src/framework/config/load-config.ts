import { existsSync } from "node:fs";
import path from "node:path";
import { importCode } from "../paths.ts";
import { unfitProductionSecret } from "./production-secrets.ts";
import { configSchema, type ConfigInput, type ConfigModule } from "./types.ts";

/** Environment variables that override a config key, as [env name, path in the config]. */
const envOverrides: [string, string[]][] = [
  ["DATABASE_URL", ["projectConfig", "databaseUrl"]],
  ["DATABASE_DIR", ["projectConfig", "databaseDir"]],
  ["REDIS_URL", ["projectConfig", "redisUrl"]],
  ["REDIS_PREFIX", ["projectConfig", "redisPrefix"]],
  ["WORKER_MODE", ["projectConfig", "workerMode"]],
  ["SUBSCRIBERS_DIR", ["projectConfig", "subscribersDir"]],
  ["JOBS_DIR", ["projectConfig", "jobsDir"]],
  ["PORT", ["projectConfig", "http", "port"]],
  ["HOST", ["projectConfig", "http", "host"]],
  ["STORE_CORS", ["projectConfig", "http", "storeCors"]],
  ["ADMIN_CORS", ["projectConfig", "http", "adminCors"]],
  ["AUTH_CORS", ["projectConfig", "http", "authCors"]],
  ["STOREFRONT_URL", ["projectConfig", "http", "storefrontUrl"]],
  ["ADMIN_URL", ["projectConfig", "http", "adminUrl"]],
  ["JWT_SECRET", ["projectConfig", "http", "jwtSecret"]],
  ["COOKIE_SECRET", ["projectConfig", "http", "cookieSecret"]],
  ["GRAPHQL_BODY_LIMIT", ["projectConfig", "http", "graphqlBodyLimit"]],
  ["GRAPHQL_INTROSPECTION", ["projectConfig", "graphql", "introspection"]],
  ["GRAPHQL_SUGGESTIONS", ["projectConfig", "graphql", "suggestions"]],
  ["GRAPHQL_TIMEOUT_MS", ["projectConfig", "graphql", "timeoutMs"]],
  ["GRAPHQL_RESPONSE_CACHE_TTL_MS", ["projectConfig", "graphql", "responseCacheTtlMs"]],
  ["GRAPHQL_STOREFRONT_COST_LIMIT", ["projectConfig", "graphql", "storefrontCostLimit"]],
  ["GRAPHQL_ADMIN_COST_LIMIT", ["projectConfig", "graphql", "adminCostLimit"]],
];

export class ConfigError extends Error {
  constructor(
    readonly key: string,
    message: string,
  ) {
    super(`Invalid configuration: ${key} ${message}`);
    this.name = "ConfigError";
  }
}

function setPath(target: Record<string, unknown>, keys: string[], value: string): void {
  let node = target;
  for (const key of keys.slice(0, -1)) {
    node[key] = { ...((node[key] as Record<string, unknown> | undefined) ?? {}) };
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1] as string] = value;
}

/** Applies env overrides and validates; a bad value throws a ConfigError naming its key. */
export function resolveConfig(input: ConfigInput, env: NodeJS.ProcessEnv = process.env): ConfigModule {
  const merged = structuredClone({ ...input, modules: undefined }) as Record<string, unknown>;
  for (const [name, keys] of envOverrides) {
    const value = env[name];
    if (value !== undefined && value !== "") setPath(merged, keys, value);
  }
  merged.modules = input.modules;
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue?.path.join(".") || "(root)";
    throw new ConfigError(key, issue?.message ?? "is invalid");
  }
  const config = parsed.data;
  // What helps a developer explore the schema also helps an attacker map it: off in production unless set.
  const { graphql } = config.projectConfig;
  graphql.introspection ??= env.NODE_ENV !== "production";
  graphql.suggestions ??= env.NODE_ENV !== "production";
  // Outside production the development default keeps `npm start` free of set-up; in production a
  // known or short secret would let anyone sign an admin token or a session cookie.
  const unfit = env.NODE_ENV === "production" ? unfitProductionSecret(config) : null;
  if (unfit) throw new ConfigError(unfit.key, unfit.message);
  return config;
}

/** Loads `tessera.config.ts` (or the file in TESSERA_CONFIG) from the project root. */
export async function loadConfig(root = process.cwd()): Promise<ConfigModule> {
  const file = path.resolve(root, process.env.TESSERA_CONFIG ?? "tessera.config.ts");
  const input = existsSync(file) ? ((await importCode(file)) as { default: ConfigInput }).default : {};
  return resolveConfig(input);
}
