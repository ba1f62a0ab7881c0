import { Repeater } from "graphql-yoga";
import { access } from "../graphql/auth-scopes.ts";
import { builder } from "../graphql/builder.ts";
import type { EventMessage } from "./types.ts";

const DomainEvent = builder.objectRef<EventMessage & { receivedAt: Date }>("DomainEvent").implement({
  description: "A domain event (product.created, auth.password_reset, …) as delivered by the event bus.",
  fields: (t) => ({
    name: t.exposeString("name"),
    data: t.field({ type: "JSON", resolve: (e) => e.data }),
    metadata: t.field({ type: "JSON", nullable: true, resolve: (e) => e.metadata ?? null }),
    receivedAt: t.expose("receivedAt", { type: "DateTime" }),
  }),
});

builder.subscriptionField("events", (t) =>
  t.field({
    type: DomainEvent,
    authScopes: access.admin,
    description: "Streams domain events as they are delivered, optionally only those named. With Redis, events raised in any process reach every server.",
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
