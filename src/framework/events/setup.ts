import { asValue } from "awilix";
import type { ConfigModule } from "../config/types.ts";
import type { TesseraContainer } from "../container/container.ts";
import { currentProject, sourceRoot } from "../paths.ts";
import path from "node:path";
import { loadSubscribers } from "./load-subscribers.ts";
import { RedisEventBus } from "./redis-event-bus.ts";
import type { EventBus } from "./types.ts";

/** Whether this process runs subscribers, jobs and workflow steps (worker and shared roles). */
export const runsWorkers = (config: ConfigModule) => config.projectConfig.workerMode !== "server";

/**
 * Registers `eventBus` (Redis when configured, else in-process) and, in worker roles, the
 * subscribers of the product's src/subscribers and the project's subscribersDir.
 */
export async function setupEventBus(container: TesseraContainer, config: ConfigModule): Promise<EventBus> {
  const { redisUrl, redisPrefix } = config.projectConfig;
  let bus: EventBus;
  if (redisUrl) {
    const redisBus = new RedisEventBus(container, { url: redisUrl, prefix: redisPrefix, runWorkers: runsWorkers(config) });
    redisBus.startWorkers();
    bus = redisBus;
    container.register("eventBus", asValue(bus));
  } else {
    bus = container.resolve("eventBus");
  }
  if (runsWorkers(config) || !redisUrl) {
    const dirs = [path.join(sourceRoot, "subscribers"), path.resolve(currentProject().root, config.projectConfig.subscribersDir)];
    for (const subscription of await loadSubscribers([...new Set(dirs)])) bus.subscribe(subscription);
  }
  return bus;
}
