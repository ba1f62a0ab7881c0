import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { SubscriberConfig, SubscriberHandler, Subscription } from "./types.ts";

/** Reads `src/subscribers/*.ts`: a default-export handler and `export const config`. */
export async function loadSubscribers(dir: string): Promise<Subscription[]> {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts")).sort();
  const subscriptions: Subscription[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { default?: SubscriberHandler; config?: SubscriberConfig };
    if (typeof mod.default !== "function" || !mod.config?.event) {
      throw new Error(`Subscriber ${file} must export a default handler and a config with an event`);
    }
    subscriptions.push({
      events: Array.isArray(mod.config.event) ? mod.config.event : [mod.config.event],
      subscriberId: mod.config.context?.subscriberId ?? path.basename(file, ".ts"),
      handler: mod.default,
      attempts: mod.config.context?.attempts ?? 3,
      backoff: mod.config.context?.backoff ?? 1000,
    });
  }
  return subscriptions;
}
