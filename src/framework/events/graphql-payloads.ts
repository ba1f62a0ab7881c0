import type { ObjectFieldBuilder } from "@pothos/core";
import { type BuilderTypes, builder } from "../graphql/builder.ts";
import { redactKeys } from "../workflows/redact.ts";
import type { EventMessage } from "./types.ts";

// The payload shapes the README documents, as GraphQL types a typed client can select on.
type RecordPayload = { kind: "record"; id: string };
type AuthPayload = { kind: "auth"; entityId: string; actorType: string };
type OtherPayload = { kind: "other"; data: unknown };
type Payload = RecordPayload | AuthPayload | OtherPayload;

const RecordEventPayload = builder.objectRef<RecordPayload>("RecordEventPayload").implement({
  description: "The payload of the record events (product.created, cart.updated, …): the record's id.",
  fields: (t) => ({ id: t.exposeID("id", { description: "The id of the record created, updated or deleted." }) }),
});

const AuthEventPayload = builder.objectRef<AuthPayload>("AuthEventPayload").implement({
  description:
    "The payload of auth.password_reset, auth.email_verification and auth.account_exists: whom it concerns. A token it carries is for its subscriber alone and is not shown.",
  fields: (t) => ({
    entityId: t.exposeString("entityId", { description: "The identity's entity id (an email)." }),
    actorType: t.exposeString("actorType", { description: "customer, user, …" }),
  }),
});

const OtherEventPayload = builder.objectRef<OtherPayload>("OtherEventPayload").implement({
  description: "The payload of an event of another shape (a project's own events), as JSON with secrets redacted.",
  fields: (t) => ({ data: t.field({ type: "JSON", nullable: true, resolve: (p) => p.data ?? null }) }),
});

const EventPayload = builder.unionType("EventPayload", {
  description: "An event's payload, typed by its shape.",
  types: [RecordEventPayload, AuthEventPayload, OtherEventPayload],
  resolveType: (payload) =>
    payload.kind === "record" ? RecordEventPayload : payload.kind === "auth" ? AuthEventPayload : OtherEventPayload,
});

/** The typed payload of an event's data. */
export function typedPayload(data: unknown, secretKeys: ReadonlySet<string>): Payload {
  const fields = typeof data === "object" && data !== null ? (data as Record<string, unknown>) : undefined;
  const keys = fields ? Object.keys(fields) : [];
  if (fields && keys.length === 1 && typeof fields.id === "string") return { kind: "record", id: fields.id };
  if (fields && typeof fields.entity_id === "string" && typeof fields.actor_type === "string")
    return { kind: "auth", entityId: fields.entity_id, actorType: fields.actor_type };
  return { kind: "other", data: redactKeys(data, secretKeys) };
}

/** The DomainEvent's `payload` field. */
export function eventPayloadField(t: ObjectFieldBuilder<BuilderTypes, EventMessage>, secretKeys: ReadonlySet<string>) {
  return t.field({
    type: EventPayload,
    description: "The payload, typed: RecordEventPayload { id } for record events, AuthEventPayload for auth events.",
    resolve: (e) => typedPayload(e.data, secretKeys),
  });
}
