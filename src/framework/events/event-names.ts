import { existsSync } from "node:fs";
import path from "node:path";
import { importCode } from "../paths.ts";
import type { TesseraContainer } from "../container/container.ts";

/**
 * The event names this app knows: each loaded module's `events.ts` tables, every subscriber's
 * `config.event`, and names a project adds (`container.resolve("eventNames").add([...])`). The
 * admin `events` subscription refuses a name or wildcard outside them.
 */
export class EventNames {
  private readonly names = new Set<string>();

  add(names: Iterable<string>): void {
    for (const name of names) if (name !== "*") this.names.add(name);
  }

  /** Every known name, sorted. */
  list(): string[] {
    return [...this.names].sort();
  }

  /** Whether `pattern` (a name, `product.*`, or `*`) names at least one known event. */
  knows(pattern: string): boolean {
    return pattern === "*" || this.names.has(pattern) || this.list().some((name) => matchesEvent(pattern, name));
  }
}

/** `product.*` matches `product.created` (not `product-variant.created`); `*` matches all. */
export function matchesEvent(pattern: string, name: string): boolean {
  if (pattern === "*") return true;
  if (pattern.endsWith(".*")) return name.startsWith(pattern.slice(0, -1));
  return pattern === name;
}

declare module "../container/container.ts" {
  interface ContainerRegistrations {
    /** The event names the app knows (modules' events.ts, subscribers, project additions). */
    eventNames: EventNames;
  }
}

const eventNamePattern = /^[a-z][a-z0-9_-]*(\.[a-z0-9_-]+)+$/;

/** The event names a module's `events.ts` exports (string values of its const tables). */
async function namesOfModule(dir: string): Promise<string[]> {
  const file = path.join(dir, "events.ts");
  if (!existsSync(file)) return [];
  const exported = (await importCode(file)) as Record<string, unknown>;
  return Object.values(exported).flatMap((table) =>
    typeof table === "object" && table !== null
      ? Object.values(table).filter((v): v is string => typeof v === "string" && eventNamePattern.test(v))
      : [],
  );
}

/** Adds the names of the loaded modules' events.ts files to the app's `eventNames`. */
export async function addModuleEventNames(container: TesseraContainer, moduleDirs: string[]): Promise<void> {
  if (!container.hasRegistration("eventNames")) return;
  const names = container.resolve("eventNames");
  for (const dir of moduleDirs) names.add(await namesOfModule(dir));
}
