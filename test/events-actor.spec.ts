import { type FormattedExecutionResult as ExecutionResult, print } from "graphql";
import { type Client, createClient } from "graphql-ws";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import type { DomainEventsSubscription as Event } from "../src/generated/gql/graphql.ts";
import { nextListener } from "../src/framework/test-utils/events.ts";
import { integrationTestRunner, type TestApi } from "../src/framework/test-utils/runners.ts";
import { CreateEventedProductMutation, DomainEventsSubscription } from "./operations/events.ts";

const executor = process.env.REDIS_URL ? "Redis event bus" : "in-process event bus";

function socket(api: TestApi): Client {
  return createClient({
    url: `${api.url.replace("http", "ws")}/graphql`,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams: { authorization: api.adminHeaders.authorization ?? "" },
  });
}

/** Subscribes to `events(names)` and gathers results until `until` holds (or the stream ends). */
function watch(client: Client, names: string[], until: (events: Event["events"][]) => boolean) {
  const events: Event["events"][] = [];
  const results: ExecutionResult<Event, unknown>[] = [];
  const done = new Promise<{ events: Event["events"][]; results: ExecutionResult<Event, unknown>[] }>(
    (resolve, reject) => {
      const stop = client.subscribe<Event>(
        { query: print(DomainEventsSubscription), variables: { names } },
        {
          next: (value) => {
            results.push(value);
            if (value.data) events.push(value.data.events);
            if (until(events)) {
              stop();
              resolve({ events, results });
            }
          },
          error: reject,
          complete: () => resolve({ events, results }),
        },
      );
    },
  );
  return { events, done };
}

// Issue #17 item 8: each streamed event says what it is about (typed), who caused it and which run.
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe(`the admin events stream (${executor})`, () => {
      it("carries the typed payload, the acting user and the workflow run; product.* leaves other events out", async () => {
        const [admin] = await getContainer().resolve("user").listUsers({ email: "admin@tessera.test" });
        const bus = getContainer().resolve("eventBus");
        const emitted: string[] = [];
        const off = bus.onDelivered((e) => emitted.push(e.name));
        // graphql-ws does not acknowledge a subscribe: the server listening on the bus is the sign.
        const listening = nextListener(bus);
        const client = socket(api);
        const watched = watch(client, ["product.*"], (events) => events.length >= 1);
        await listening;
        const created = await api.graphql(CreateEventedProductMutation, {
          input: { title: "Traced", idempotencyKey: "traced-1", variants: [{ title: "One" }] },
        });
        const id = created.data?.createProduct.product?.id ?? "";
        const { events } = await watched.done;
        off();
        await client.dispose();
        expect(events[0]).toEqual({
          name: "product.created",
          actor: { type: "user", id: admin?.id },
          workflowRun: { workflowId: "create-products", transactionId: "traced-1" },
          payload: { __typename: "RecordEventPayload", id: expect.any(String) },
          data: { id },
        });
        expect(id).not.toBe("");
        // The same run emitted events the wildcard did not ask for.
        expect(emitted).toContain("inventory-item.created");
        expect(events.map((e) => e.name)).not.toContain("inventory-item.created");
      });

      it("an event emitted outside a workflow is the system's, with secrets redacted", async () => {
        const bus = getContainer().resolve("eventBus");
        const listening = nextListener(bus);
        const client = socket(api);
        const watched = watch(client, ["auth.password_reset"], (events) => events.length >= 1);
        await listening;
        await bus.emit({
          name: "auth.password_reset",
          data: { entity_id: "jane@example.com", token: "tok_secret", actor_type: "customer" },
        });
        const { events } = await watched.done;
        await client.dispose();
        expect(events[0]).toEqual({
          name: "auth.password_reset",
          actor: { type: "system", id: null },
          workflowRun: null,
          payload: { __typename: "AuthEventPayload", entityId: "jane@example.com", actorType: "customer" },
          data: { entity_id: "jane@example.com", token: "[redacted]", actor_type: "customer" },
        });
      });

      it("refuses an unknown name or a wildcard that matches nothing with UNKNOWN_EVENT naming it", async () => {
        for (const names of [["product.created", "product.craeted"], ["prodcut.*"]]) {
          const client = socket(api);
          const outcome = await watch(client, names, () => false).done.catch((error: unknown) => ({
            events: [],
            results: [] as ExecutionResult<Event, unknown>[],
            error,
          }));
          await client.dispose();
          const errors = [
            ...outcome.results.flatMap((r) => r.errors ?? []),
            ...(("error" in outcome && Array.isArray(outcome.error) ? outcome.error : []) as { extensions?: object }[]),
          ];
          expect(errors.map((e) => e.extensions)).toEqual([{ code: "UNKNOWN_EVENT", eventName: names.at(-1) }]);
        }
      });
    });
  },
});
