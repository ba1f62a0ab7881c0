import { asValue } from "awilix";
import type { TesseraContainer } from "../container/container.ts";

/**
 * Who caused an event: the request's actor (`user`, `customer`, `api-key` with its id), `guest`
 * for a storefront call without a login, or `system` (a job, a subscriber, the CLI).
 */
export interface EventActor {
  type: string;
  id: string | null;
}

/** The actor of code no request started. */
export const SYSTEM_ACTOR: EventActor = { type: "system", id: null };

declare module "../container/container.ts" {
  interface ContainerRegistrations {
    /** The actor of the request this scope serves; workflows run in it record it with their events. */
    eventActor: EventActor;
  }
}

/** The actor of an authenticated (or anonymous) caller. */
export function actorOfCaller(caller: { actorType: string | null; actorId: string | null }): EventActor {
  return caller.actorType ? { type: caller.actorType, id: caller.actorId || null } : { type: "guest", id: null };
}

/** Records the request's actor on its scope (the GraphQL context and route auth do, once per request). */
export function registerActor(scope: TesseraContainer, actor: EventActor): void {
  scope.register("eventActor", asValue(actor));
}

/** The actor recorded on a scope, if a request's. */
export function actorOfScope(scope: TesseraContainer): EventActor | undefined {
  return scope.hasRegistration("eventActor") ? scope.resolve("eventActor") : undefined;
}

/** An actor stored in a workflow run's metadata (it went through JSON), or undefined. */
export function storedActor(value: unknown): EventActor | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { type, id } = value as Record<string, unknown>;
  return typeof type === "string" ? { type, id: typeof id === "string" ? id : null } : undefined;
}
