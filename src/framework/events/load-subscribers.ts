import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { importCode } from "../paths.ts";
import type { SubscriberConfig, SubscriberHandler, Subscription } from "./types.ts";

/**
 * Reads `src/subscribers/*.ts` of each folder (the product's, then the project's): a
 * default-export handler and `export const config`. A later folder's file replaces an earlier
 * one of the same name, so a project can swap a product subscriber for its own.
 */
export async function loadSubscribers(dirs: string | readonly string[]): Promise<Subscription[]> {
  const byName = new Map<string, string>();
  for (const dir of typeof dirs === "string" ? [dirs] : dirs) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts")))
      byName.set(file, path.join(dir, file));
  }
  const subscriptions: Subscription[] = [];
  for (const [file, full] of [...byName].sort(([a], [b]) => a.localeCompare(b))) {
    const mod = (await importCode(full)) as { default?: SubscriberHandler; config?: SubscriberConfig };
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
