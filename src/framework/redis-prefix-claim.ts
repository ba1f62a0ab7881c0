import { ConfigError } from "./config/load-config.ts";
import type { Database } from "./database/database.ts";
import type { Logger } from "./logger.ts";
import { ioredis } from "./redis-packages.ts";

/** How long a claim outlives its last renewal: an app that died frees its prefix this long after. */
const claimTtlMs = 30_000;

// Set the claim when it is free or already this database's; answer what it holds now.
const claimScript = `
local held = redis.call("GET", KEYS[1])
if held == false or held == ARGV[1] then
  redis.call("SET", KEYS[1], ARGV[1], "PX", ARGV[2])
  return ARGV[1]
end
return held`;
// Drop the claim only when it is still this database's.
const releaseScript = `
if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("DEL", KEYS[1]) end
return 0`;

/** Which database this is: the cluster's system identifier (fresh per initdb and per PGlite directory), the database and the schema. */
async function databaseIdentity(db: Database): Promise<string> {
  const [row] = await db.prisma.$queryRawUnsafe<{ id: string }[]>(
    "SELECT system_identifier::text || '/' || current_database() || '/' || current_schema() AS id FROM pg_control_system()",
  );
  if (!row) throw new Error("pg_control_system() answered no row");
  return row.id;
}

export interface RedisPrefixClaim {
  /** Stops renewing and frees the prefix if this database still holds it. */
  release(): Promise<void>;
}

/**
 * Claims the Redis prefix for this app's database while the app runs. Queues, workflow jobs and the
 * event stream live under the prefix: two apps on different databases sharing it would run each
 * other's jobs and deliver each other's events against the wrong rows. Every server and worker of
 * one database share the claim; an app on another database is refused at boot with a ConfigError
 * naming `projectConfig.redisPrefix`. Live apps renew the claim, so a crashed one frees it after
 * {@link claimTtlMs}.
 */
export async function claimRedisPrefix(
  db: Database,
  url: string,
  prefix: string,
  logger: Pick<Logger, "error" | "warn">,
): Promise<RedisPrefixClaim> {
  const Redis = ioredis().default;
  const redis = new Redis(url, { maxRetriesPerRequest: 1, lazyConnect: true });
  // Redis being down is reported by the app's own clients (health answers SERVICE_UNAVAILABLE);
  // this one only retries at its next tick.
  redis.on("error", () => undefined);
  const key = `${prefix}:database`;
  const identity = await databaseIdentity(db);
  const claim = async () => {
    if (redis.status === "wait" || redis.status === "end") await redis.connect();
    return String(await redis.eval(claimScript, 1, key, identity, String(claimTtlMs)));
  };
  const refusal = (holder: string) =>
    `("${prefix}") is in use by a running app on another database (${holder}; this one is ${identity}): give each database its own REDIS_PREFIX`;

  // Unreachable Redis at boot is not a refusal: the app boots degraded, as without the claim,
  // and claims the prefix at the first renewal that reaches Redis.
  const holder = await claim().catch((error: Error) => {
    logger.warn(`Redis prefix "${prefix}" not claimed yet (${error.message}): retrying every ${claimTtlMs / 3000} s`);
    return identity;
  });
  if (holder !== identity) {
    redis.disconnect();
    throw new ConfigError("projectConfig.redisPrefix", refusal(holder));
  }
  const renew = async () => {
    const now = await claim().catch(() => identity);
    if (now !== identity) logger.error(`Redis prefix ${refusal(now)}: stop one of the apps`);
  };
  const renewal = setInterval(renew, claimTtlMs / 3);
  renewal.unref();
  return {
    release: async () => {
      clearInterval(renewal);
      await redis.eval(releaseScript, 1, key, identity).catch(() => undefined);
      redis.disconnect();
    },
  };
}
