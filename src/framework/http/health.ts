import type { Express } from "express";
import type { TesseraContainer } from "../container/container.ts";
import { ioredis } from "../redis-packages.ts";

/** How long one dependency may take to answer a probe before it counts as down. */
const PROBE_TIMEOUT_MS = 2_000;

type Check = { status: "up" | "down"; error?: string };

function bounded<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not answer within ${PROBE_TIMEOUT_MS} ms`)),
      PROBE_TIMEOUT_MS,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function probe(run: () => Promise<unknown>, what: string): Promise<Check> {
  try {
    await bounded(run(), what);
    return { status: "up" };
  } catch (error) {
    return { status: "down", error: error instanceof Error ? error.message : String(error) };
  }
}

/** PING on a connection of its own per probe: it fails fast instead of queueing while Redis is away. */
async function pingRedis(url: string): Promise<void> {
  const redis = new (ioredis().Redis)(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: PROBE_TIMEOUT_MS,
  });
  redis.on("error", () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } finally {
    redis.disconnect();
  }
}

/** The state of each dependency: the database always, Redis when configured. */
export async function dependencyChecks(container: TesseraContainer): Promise<Record<string, Check>> {
  const { redisUrl } = container.resolve("configModule").projectConfig;
  const db = container.resolve("db");
  const [database, redis] = await Promise.all([
    probe(() => db.prisma.$queryRaw`SELECT 1`, "the database"),
    redisUrl ? probe(() => pingRedis(redisUrl), "Redis") : undefined,
  ]);
  return redis ? { database, redis } : { database };
}

/**
 * `/health` (liveness: the process answers, with each dependency's state) and `/health/ready`
 * (readiness: 503 while a dependency is down, so a load balancer sends no traffic that would fail).
 */
export function mountHealth(app: Express, container: TesseraContainer): void {
  app.get("/health", async (_req, res) => {
    const checks = await dependencyChecks(container);
    // Always 200: the process is alive; a restart would not bring a dependency back.
    res.json({ status: Object.values(checks).every((c) => c.status === "up") ? "ok" : "degraded", checks });
  });
  app.get("/health/ready", async (_req, res) => {
    const checks = await dependencyChecks(container);
    const ready = Object.values(checks).every((c) => c.status === "up");
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "unavailable", checks });
  });
}
