import { createClient } from "graphql-ws";
import { describe, expect, it, vi } from "vitest";
import WebSocket from "ws";
import { Repeater } from "graphql-yoga";
import { endWhenRevoked } from "../src/framework/http/subscription-guard.ts";
import { bearer, createAdminUser } from "../src/framework/test-utils/auth-clients.ts";
import { nextListener } from "../src/framework/test-utils/events.ts";
import { integrationTestRunner, type TestApi } from "../src/framework/test-utils/runners.ts";

const CREATE_KEY =
  "mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id } userErrors { code } } }";
const REVOKE_KEY =
  "mutation($input: DeleteInput!) { revokeApiKey(input: $input) { apiKey { revokedAt } userErrors { code } } }";
const DELETE_USER = "mutation($input: DeleteInput!) { deleteUser(input: $input) { deletedId userErrors { code } } }";
const basic = (key: string) => `Basic ${Buffer.from(`${key}:`).toString("base64")}`;

type Result = { data?: { events: { name: string } } | null; errors?: { extensions?: { code?: string } }[] };

/** An `events` subscription over graphql-ws with the given authorization; records what it gets and whether it ended. */
function watch(api: TestApi, authorization: string, name: string) {
  const client = createClient({
    url: `${api.url.replace("http", "ws")}/graphql`,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams: { authorization },
  });
  const state = { results: [] as Result[], ended: false, failed: null as unknown };
  client.subscribe<{ events: { name: string } }>(
    { query: `subscription { events(names: ["${name}"]) { name } }` },
    {
      next: (value) => {
        state.results.push(value as Result);
      },
      error: (error) => {
        state.failed = error;
        state.ended = true;
      },
      complete: () => {
        state.ended = true;
      },
    },
  );
  return { state, dispose: () => client.dispose() };
}

describe("endWhenRevoked", () => {
  /** A stream that never sends anything, and whether it was cleaned up. */
  function silentStream() {
    const source = { closed: false };
    const stream = new Repeater<{ data: null }>(async (_push, stop) => {
      await stop;
      source.closed = true;
    });
    return { stream, source };
  }

  it("ends an idle stream once its credentials fail a periodic check, and releases the source", async () => {
    const { stream, source } = silentStream();
    let allowed = true;
    const guarded = endWhenRevoked(stream, async () => allowed, { idleMs: 20, eventMs: 1_000 })[Symbol.asyncIterator]();
    const first = guarded.next();
    allowed = false;
    expect((await first).value).toMatchObject({ errors: [{ extensions: { code: "UNAUTHENTICATED" } }] });
    expect((await guarded.next()).done).toBe(true);
    expect(source.closed).toBe(true);
  });

  it("a client that unsubscribes releases the source at once", async () => {
    const { stream, source } = silentStream();
    const guarded = endWhenRevoked(stream, async () => true, { idleMs: 60_000, eventMs: 60_000 })[
      Symbol.asyncIterator
    ]();
    void guarded.next();
    await guarded.return?.();
    for (let i = 0; i < 100 && !source.closed; i++) await new Promise((r) => setTimeout(r, 10));
    expect(source.closed).toBe(true);
  });
});

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const emit = (name: string) => getContainer().resolve("eventBus").emit({ name, data: {} });

    /**
     * Emits `name` every 200 ms until `done` holds (bounded: 40 s): a stream rechecks its
     * credentials before an event only once its last check is a second old, so events must keep
     * coming until one finds the credentials gone.
     */
    async function emitUntil(name: string, done: () => boolean): Promise<void> {
      for (let waited = 0; !done(); waited += 200) {
        if (waited > 40_000) throw new Error(`gave up emitting ${name}`);
        await emit(name);
        await new Promise((r) => setTimeout(r, 200));
      }
    }

    /** Opens the subscription, proves it streams, cuts its credentials off and expects it to end with UNAUTHENTICATED. */
    async function expectEndsAfter(authorization: string, name: string, cutOff: () => Promise<void>) {
      // A test's own event: declared, as a project's events.ts would, so `events(names:)` accepts it.
      getContainer().resolve("eventNames").add([name]);
      // graphql-ws does not acknowledge a subscribe: the server listening on the bus is the sign.
      const bus = getContainer().resolve("eventBus");
      let listening = nextListener(bus);
      const live = watch(api, authorization, name);
      await listening;
      listening = nextListener(bus);
      const control = watch(api, api.adminHeaders.authorization ?? "", name);
      try {
        await listening;
        await emit(name);
        await vi.waitFor(() => expect([live.state.results.length, control.state.results.length]).toEqual([1, 1]), {
          timeout: 30_000,
        });
        expect(live.state.results[0]?.data?.events.name).toBe(name);
        await cutOff();
        await emitUntil(name, () => live.state.ended);
        expect(live.state.failed).toBeNull();
        expect(live.state.results.at(-1)?.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
        // Once ended, nothing more arrives; the admin's own subscription streams on.
        const [seen, controlSeen] = [live.state.results.length, control.state.results.length];
        await emit(name);
        await vi.waitFor(() => expect(control.state.results.length).toBeGreaterThan(controlSeen), { timeout: 30_000 });
        expect(live.state.results).toHaveLength(seen);
        expect(control.state.ended).toBe(false);
      } finally {
        await Promise.all([live.dispose(), control.dispose()]);
      }
    }

    describe("an open subscription ends once its credentials no longer hold", () => {
      it("a secret API key revoked while its events subscription is open", async () => {
        const created = await api.graphql<
          { createApiKey: { token: string; apiKey: { id: string } } },
          { input: unknown }
        >(CREATE_KEY, { input: { title: "socket", type: "SECRET" } });
        const { token, apiKey } = created.data?.createApiKey ?? { token: "", apiKey: { id: "" } };
        await expectEndsAfter(basic(token), "test.revoked-key", async () => {
          const revoked = await api.graphql<
            { revokeApiKey: { apiKey: { revokedAt: string | null } } },
            { input: unknown }
          >(REVOKE_KEY, { input: { id: apiKey.id } });
          expect(revoked.data?.revokeApiKey.apiKey.revokedAt).toBeTruthy();
        });
      }, 120_000);

      it("an admin user deleted while their token's subscription is open", async () => {
        const { token, userId } = await createAdminUser(api, "streamer@example.com", "correct horse");
        await expectEndsAfter(bearer(token).authorization ?? "", "test.deleted-user", async () => {
          const deleted = await api.graphql<{ deleteUser: { deletedId: string } }, { input: unknown }>(DELETE_USER, {
            input: { id: userId },
          });
          expect(deleted.data?.deleteUser.deletedId).toBe(userId);
        });
      }, 120_000);
    });
  },
});
