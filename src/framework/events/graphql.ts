import { GraphQLError } from "graphql";
import { Repeater } from "graphql-yoga";
import { access } from "../graphql/auth-scopes.ts";
import { builder } from "../graphql/builder.ts";
import { REDACTED } from "../workflows/index.ts";
import { redactKeys } from "../workflows/redact.ts";
import { SYSTEM_ACTOR, storedActor, type EventActor } from "./actor.ts";
import { matchesEvent } from "./event-names.ts";
import { eventPayloadField } from "./graphql-payloads.ts";
import type { EventMessage } from "./types.ts";

// Some payloads carry secrets for their subscriber alone (auth.password_reset and
// auth.email_verification carry a token that takes over an account): an admin watching the
// stream sees that they were sent, not what they were.
const secretKeys: ReadonlySet<string> = new Set(["token", "password", "secret"]);

type Delivered = EventMessage & { receivedAt: Date };

const EventActorRef = builder.objectRef<EventActor>("EventActor").implement({
  description: "Who caused an event.",
  fields: (t) => ({
    type: t.exposeString("type", {
      description:
        "`user`, `customer`, `api-key` (a secret key), a custom actor type, `guest` (a storefront call without login) or `system` (a job, a subscriber, the CLI).",
    }),
    id: t.exposeString("id", { nullable: true, description: "The actor's id (null for guest and system)." }),
  }),
});

const WorkflowRunRef = builder.objectRef<{ workflowId: string; transactionId: string }>("EventWorkflowRun").implement({
  description: "The workflow run that emitted an event: pass both to `workflowExecution` to read it.",
  fields: (t) => ({
    workflowId: t.exposeString("workflowId", { description: "The workflow (create-products, …)." }),
    transactionId: t.exposeString("transactionId", { description: "The run's transaction id." }),
  }),
});

const metadataOf = (e: Delivered) => e.metadata ?? {};

const DomainEvent = builder.objectRef<Delivered>("DomainEvent").implement({
  description: "A domain event (product.created, auth.password_reset, …) as delivered by the event bus.",
  fields: (t) => ({
    name: t.exposeString("name"),
    payload: eventPayloadField(t, secretKeys),
    data: t.field({
      type: "JSON",
      description: `The payload as emitted; secrets in it (token, password, secret) read "${REDACTED}".`,
      resolve: (e) => redactKeys(e.data, secretKeys),
    }),
    actor: t.field({
      type: EventActorRef,
      description: "Who caused it: the actor of the request whose workflow emitted it, else `system`.",
      resolve: (e) => storedActor(metadataOf(e).actor) ?? SYSTEM_ACTOR,
    }),
    workflowRun: t.field({
      type: WorkflowRunRef,
      nullable: true,
      description: "The workflow run that emitted it; null for an event emitted outside a workflow.",
      resolve: (e) => {
        const run = metadataOf(e).workflowRun as { workflowId?: unknown; transactionId?: unknown } | undefined;
        return typeof run?.workflowId === "string" && typeof run.transactionId === "string"
          ? { workflowId: run.workflowId, transactionId: run.transactionId }
          : null;
      },
    }),
    metadata: t.field({
      type: "JSON",
      nullable: true,
      description: "Everything the emitter attached (actor and workflowRun included), secrets redacted.",
      resolve: (e) => (e.metadata ? redactKeys(e.metadata, secretKeys) : null),
    }),
    receivedAt: t.expose("receivedAt", { type: "DateTime", description: "When this server delivered it." }),
  }),
});

/** Refuses names and wildcards that match no event the app knows, naming the first one. */
function knownPatterns(names: readonly string[], known: { knows(pattern: string): boolean; list(): string[] }) {
  const unknown = names.find((name) => !known.knows(name));
  if (unknown !== undefined)
    throw new GraphQLError(
      `Unknown event "${unknown}": use a name such as ${known.list().slice(0, 3).join(", ")}, a wildcard such as product.*, or omit names`,
      { extensions: { code: "UNKNOWN_EVENT", eventName: unknown } },
    );
  return names;
}

builder.subscriptionField("events", (t) =>
  t.field({
    type: DomainEvent,
    authScopes: access.admin,
    description:
      "Streams domain events as they are delivered, optionally only those named. With Redis, events raised in any process reach every server. A name or wildcard that matches no known event is refused with UNKNOWN_EVENT.",
    args: {
      names: t.arg.stringList({
        description:
          "Event names (product.created) or wildcards (product.*, or * for all) to receive; all when omitted. The README lists the events and their payloads.",
      }),
    },
    subscribe: (_root, args, ctx) => {
      const patterns = args.names?.length ? knownPatterns(args.names, ctx.scope.resolve("eventNames")) : undefined;
      return new Repeater<Delivered>(async (push, stop) => {
        const off = ctx.scope.resolve("eventBus").onDelivered((event) => {
          if (!patterns || patterns.some((p) => matchesEvent(p, event.name)))
            void push({ ...event, receivedAt: new Date() });
        });
        await stop;
        off();
      });
    },
    resolve: (event) => event,
  }),
);
