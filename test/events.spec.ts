import { describe, expect, it } from "vitest";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { nextListener } from "../src/framework/test-utils/events.ts";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import type { EventMessage } from "../src/framework/events/types.ts";
import type { RecordingNotificationProvider } from "../src/modules/notification/providers/recording.ts";

const executor = process.env.REDIS_URL ? "BullMQ on Redis" : "in-process";

integrationTestRunner({
  config: { modules: [{ resolve: "./modules/notification", options: { defaultProvider: "test" } }] },
  testSuite: ({ api, getContainer }) => {
    describe(`event bus (${executor})`, () => {
      it("delivers auth.password_reset to the reset subscriber, which mails a link into the actor's frontend", async () => {
        const container = getContainer();
        await container.resolve("eventBus").emit([
          {
            name: "auth.password_reset",
            data: { entity_id: "jane@example.com", token: "tok_123", actor_type: "customer" },
          },
          { name: "auth.password_reset", data: { entity_id: "ops@example.com", token: "tok_456", actor_type: "user" } },
        ]);
        await container.resolve("eventBus").drain();
        const provider = container.resolve("notification").getProvider<RecordingNotificationProvider>("test");
        // The storefront (storefrontUrl) for customers, the admin (adminUrl) for users: the defaults here.
        expect(provider.sent).toEqual(
          expect.arrayContaining([
            {
              to: "jane@example.com",
              channel: "email",
              template: "reset-password-template",
              data: { url: "http://localhost:8000/reset-password?token=tok_123&email=jane%40example.com" },
            },
            {
              to: "ops@example.com",
              channel: "email",
              template: "reset-password-template",
              data: { url: "http://localhost:7000/reset-password?token=tok_456&email=ops%40example.com" },
            },
          ]),
        );
        expect(provider.sent).toHaveLength(2);
        const [record] = await container.resolve("notification").listNotificationRecords({ to: "jane@example.com" });
        expect(record?.status).toBe("success");
      });

      it("retries a subscriber whose first attempt throws, so the event is not lost", async () => {
        const bus = getContainer().resolve("eventBus");
        const seen: number[] = [];
        bus.subscribe({
          events: ["test.flaky"],
          subscriberId: "flaky",
          attempts: 3,
          backoff: 10,
          handler: ({ event }) => {
            seen.push((event.data as { n: number }).n);
            if (seen.length === 1) throw new Error("first attempt fails");
          },
        });
        await bus.emit({ name: "test.flaky", data: { n: 7 } });
        await bus.drain();
        expect(seen).toEqual([7, 7]);
        expect(await getContainer().resolve("eventBusModule").listEventFailures({ event_name: "test.flaky" })).toEqual(
          [],
        );
      });

      it("records an event whose subscriber keeps failing, without affecting the emitter or other subscribers", async () => {
        const bus = getContainer().resolve("eventBus");
        const healthy: unknown[] = [];
        bus.subscribe({
          events: ["test.broken"],
          subscriberId: "always-fails",
          attempts: 2,
          backoff: 5,
          handler: () => {
            throw new Error("boom");
          },
        });
        bus.subscribe({
          events: ["test.broken"],
          subscriberId: "healthy",
          attempts: 1,
          backoff: 5,
          handler: ({ event }) => {
            healthy.push(event.data);
          },
        });
        await expect(bus.emit({ name: "test.broken", data: { id: "x" } })).resolves.toBeUndefined();
        await bus.drain();
        for (
          let i = 0;
          i < 50 &&
          (await getContainer().resolve("eventBusModule").listEventFailures({ event_name: "test.broken" })).length ===
            0;
          i++
        ) {
          await new Promise((r) => setTimeout(r, 20));
        }
        expect(healthy).toEqual([{ id: "x" }]);
        const failures = await getContainer()
          .resolve("eventBusModule")
          .listEventFailures({ event_name: "test.broken" });
        expect(failures.map((f) => [f.subscriber_id, f.attempts, f.error])).toEqual([["always-fails", 2, "boom"]]);
      });

      it("holds grouped events until released, and drops them when cleared", async () => {
        const bus = getContainer().resolve("eventBus");
        const got: string[] = [];
        bus.subscribe({
          events: ["test.grouped"],
          subscriberId: "grouped",
          attempts: 1,
          backoff: 5,
          handler: ({ event }) => {
            got.push((event.data as { v: string }).v);
          },
        });
        await bus.emit({ name: "test.grouped", data: { v: "kept" } }, { groupId: "tx_1" });
        await bus.emit({ name: "test.grouped", data: { v: "dropped" } }, { groupId: "tx_2" });
        await bus.drain();
        expect(got).toEqual([]);
        await bus.releaseGroupedEvents("tx_1");
        await bus.clearGroupedEvents("tx_2");
        await bus.releaseGroupedEvents("tx_2");
        await bus.drain();
        expect(got).toEqual(["kept"]);
      });

      it("streams events to a graphql-ws client on /graphql", async () => {
        // A test's own event: declared, as a project's events.ts would, so `events(names:)` accepts it.
        getContainer().resolve("eventNames").add(["test.live"]);
        const listening = nextListener(getContainer().resolve("eventBus"));
        const client = createClient({
          url: `${api.url.replace("http", "ws")}/graphql`,
          webSocketImpl: WebSocket,
          lazy: false,
          connectionParams: { authorization: api.adminHeaders.authorization ?? "" },
        });
        const received: EventMessage[] = [];
        const done = new Promise<void>((resolve, reject) => {
          const unsubscribe = client.subscribe<{ events: EventMessage }>(
            { query: `subscription { events(names: ["test.live"]) { name data } }` },
            {
              next: (value) => {
                if (value.data) received.push(value.data.events);
                if (received.length === 2) {
                  unsubscribe();
                  resolve();
                }
              },
              error: reject,
              complete: () => {},
            },
          );
        });
        await listening;
        const bus = getContainer().resolve("eventBus");
        await bus.emit([
          { name: "test.ignored", data: {} },
          { name: "test.live", data: { n: 1 } },
          { name: "test.live", data: { n: 2 } },
        ]);
        await done;
        await client.dispose();
        expect(received).toEqual([
          { name: "test.live", data: { n: 1 } },
          { name: "test.live", data: { n: 2 } },
        ]);
      });

      it("refuses an events subscription without admin credentials, with a typed error", async () => {
        const codes: (string | undefined)[] = [];
        for (const connectionParams of [{}, { "x-publishable-api-key": "pk_unknown" }]) {
          const client = createClient({
            url: `${api.url.replace("http", "ws")}/graphql`,
            webSocketImpl: WebSocket,
            lazy: true,
            retryAttempts: 0,
            connectionParams,
          });
          const outcome = await new Promise<{ errors?: { extensions?: { code?: string } }[] }>((resolve, reject) => {
            client.subscribe(
              { query: "subscription { events { name } }" },
              {
                next: (value) => resolve(value as never),
                error: (error) => (Array.isArray(error) ? resolve({ errors: error as never }) : reject(error)),
                complete: () => resolve({}),
              },
            );
          });
          await client.dispose();
          codes.push(outcome.errors?.[0]?.extensions?.code);
        }
        // No credentials: UNAUTHENTICATED; an unknown key: INVALID_API_KEY, naming the header.
        expect(codes).toEqual(["UNAUTHENTICATED", "INVALID_API_KEY"]);
      });
    });
  },
});
