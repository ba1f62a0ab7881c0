import { asValue } from "awilix";
import type { ConfigModule } from "../config/types.ts";
import type { TesseraContainer } from "../container/container.ts";
import { currentProject, sourceRoot } from "../paths.ts";
import path from "node:path";
import { loadSubscribers } from "./load-subscribers.ts";
import { LocalEventBus } from "./local-event-bus.ts";
import { OutboxEventBus, type EventTransport } from "./outbox-event-bus.ts";
import { RedisEventBus } from "./redis-event-bus.ts";
import type { EventBus } from "./types.ts";

/** EVENT_OUTBOX_REDELIVER_MS: an event handed to Redis but not fanned out after this is handed again (default 60 s). */
function redeliverAfterMs(): number {
  const value = Number(process.env.EVENT_OUTBOX_REDELIVER_MS);
  return Number.isFinite(value) && value > 0 ? value : 60_000;
}

/** Whether this process runs subscribers, jobs and workflow steps (worker and shared roles). */
export const runsWorkers = (config: ConfigModule) => config.projectConfig.workerMode !== "server";

/**
 * Registers `eventBus`: the outbox in front of Redis when configured, else of the in-process bus;
 * and, in worker roles, the subscribers of the product's src/subscribers and the project's
 * subscribersDir.
 */
export async function setupEventBus(container: TesseraContainer, config: ConfigModule): Promise<EventBus> {
  const { redisUrl, redisPrefix } = config.projectConfig;
  let transport: EventTransport;
  if (redisUrl) {
    const redisBus = new RedisEventBus(container, {
      url: redisUrl,
      prefix: redisPrefix,
      runWorkers: runsWorkers(config),
    });
    redisBus.startWorkers();
    transport = redisBus;
  } else {
    const local = container.resolve("eventBus");
    if (!(local instanceof LocalEventBus)) throw new Error("eventBus was replaced before the outbox wrapped it");
    transport = local;
  }
  const bus = new OutboxEventBus(container, transport, { redeliverAfterMs: redeliverAfterMs(), pollMs: 1_000 });
  container.register("eventBus", asValue(bus));
  const dirs = [
    path.join(sourceRoot, "subscribers"),
    path.resolve(currentProject().root, config.projectConfig.subscribersDir),
  ];
  const subscriptions = await loadSubscribers([...new Set(dirs)]);
  // Every role knows the subscribers' event names (a server streams what workers handle).
  container.resolve("eventNames").add(subscriptions.flatMap((s) => s.events));
  if (runsWorkers(config) || !redisUrl) for (const subscription of subscriptions) bus.subscribe(subscription);
  return bus;
}
