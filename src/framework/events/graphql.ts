import { Repeater } from "graphql-yoga";
import { access } from "../graphql/auth-scopes.ts";
import { builder } from "../graphql/builder.ts";
import { REDACTED } from "../workflows/index.ts";
import { redactKeys } from "../workflows/redact.ts";
import type { EventMessage } from "./types.ts";

// Some payloads carry secrets for their subscriber alone (auth.password_reset and
// auth.email_verification carry a token that takes over an account): an admin watching the
// stream sees that they were sent, not what they were.
const secretKeys: ReadonlySet<string> = new Set(["token", "password", "secret"]);

const DomainEvent = builder.objectRef<EventMessage & { receivedAt: Date }>("DomainEvent").implement({
  description: "A domain event (product.created, auth.password_reset, …) as delivered by the event bus.",
  fields: (t) => ({
    name: t.exposeString("name"),
    data: t.field({
      type: "JSON",
      description: `The payload; secrets in it (token, password, secret) read "${REDACTED}".`,
      resolve: (e) => redactKeys(e.data, secretKeys),
    }),
    metadata: t.field({ type: "JSON", nullable: true, resolve: (e) => e.metadata ?? null }),
    receivedAt: t.expose("receivedAt", { type: "DateTime" }),
  }),
});

builder.subscriptionField("events", (t) =>
  t.field({
    type: DomainEvent,
    authScopes: access.admin,
    description:
      "Streams domain events as they are delivered, optionally only those named. With Redis, events raised in any process reach every server.",
    args: { names: t.arg.stringList({ description: "Event names to receive; all when omitted." }) },
    subscribe: (_root, args, ctx) =>
      new Repeater<EventMessage & { receivedAt: Date }>(async (push, stop) => {
        const names = args.names?.length ? new Set(args.names) : undefined;
        const off = ctx.scope.resolve("eventBus").onDelivered((event) => {
          if (!names || names.has(event.name)) void push({ ...event, receivedAt: new Date() });
        });
        await stop;
        off();
      }),
    resolve: (event) => event,
  }),
);
