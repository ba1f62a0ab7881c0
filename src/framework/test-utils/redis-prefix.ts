import type { ProjectConfig } from "../config/types.ts";

/** Removes the suite's Redis keys (queues, schedulers, held events). */
export async function clearRedisPrefix(config: {
  projectConfig: Pick<ProjectConfig, "redisUrl" | "redisPrefix">;
}): Promise<void> {
  const { redisUrl, redisPrefix } = config.projectConfig;
  if (!redisUrl) return;
  const { Redis } = await import("ioredis");
  const redis = new Redis(redisUrl);
  try {
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${redisPrefix}:*`, "COUNT", 500);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== "0");
  } finally {
    await redis.quit();
  }
}
