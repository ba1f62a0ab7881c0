import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { createClient, type Client } from "graphql-ws";
import { Redis } from "ioredis";
import WebSocket from "ws";
import { afterAll, describe, expect, it } from "vitest";
import { createApp, type TesseraApp } from "../../src/framework/app.ts";
import { createAdminUser } from "../../src/framework/cli/auth-commands.ts";
import { resolveConfig } from "../../src/framework/config/load-config.ts";
import { signAuthToken } from "../../src/framework/http/auth-token.ts";
import { nextListener } from "../../src/framework/test-utils/events.ts";
import { createTestDatabase, type TestDatabase } from "../../src/framework/test-utils/test-database.ts";

// This test needs a Redis it may kill: it starts its own redis-server child (never the shared one)
// and runs on both database set-ups.
const EVENT = "outage.test";
const PROBE = "outage.probe";

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === "object" && address ? address.port : 0;
}

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 90_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not return within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

let redis: ChildProcess | undefined;
let database: TestDatabase | undefined;
let app: TesseraApp | undefined;
let client: Client | undefined;

async function startRedis(port: number): Promise<void> {
  const child = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: "ignore" },
  );
  redis = child;
  const probe = new Redis({
    port,
    host: "127.0.0.1",
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  probe.on("error", () => undefined);
  await until(
    "redis-server to answer",
    async () => {
      try {
        if (probe.status !== "ready") await probe.connect();
        return (await probe.ping()) === "PONG";
      } catch {
        probe.disconnect();
        return false;
      }
    },
    30_000,
  );
  probe.disconnect();
}

async function stopRedis(): Promise<void> {
  const child = redis;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGKILL");
  await exited;
}

afterAll(async () => {
  await client?.dispose();
  await app?.close();
  await stopRedis();
  await database?.dispose();
});

describe("events while Redis restarts (own redis-server child)", () => {
  it("every event committed while Redis was down reaches the events subscription and the subscriber once it is back", async () => {
    const port = await freePort();
    await startRedis(port);
    database = await createTestDatabase();
    const config = resolveConfig(
      { projectConfig: { jobsEnabled: false, redisPrefix: "outage" } },
      { ...process.env, REDIS_URL: `redis://127.0.0.1:${port}` },
    );
    app = await createApp({ config, database: database.db, migrate: false });
    const url = `ws://127.0.0.1:${await app.listen(0, "127.0.0.1")}/graphql`;
    const bus = app.container.resolve("eventBus");
    // The events subscription refuses names nobody declared (UNKNOWN_EVENT): declare this test's.
    app.container.resolve("eventNames").add([EVENT, PROBE]);

    const handled: number[] = [];
    bus.subscribe({
      events: [EVENT],
      subscriberId: "outage-counter",
      attempts: 5,
      backoff: 50,
      handler: ({ event }) => {
        handled.push((event.data as { n: number }).n);
      },
    });
    const admin = await createAdminUser(app.container, {
      email: "outage@tessera.test",
      password: randomBytes(16).toString("hex"),
    });
    const token = await signAuthToken(
      {
        actor_id: admin.id,
        actor_type: "user",
        auth_identity_id: admin.authIdentityId,
        app_metadata: { user_id: admin.id },
      },
      config.projectConfig.http.jwtSecret,
    );
    // graphql-ws does not acknowledge a subscribe: the server listening on the bus is the sign.
    const listening = nextListener(bus);
    client = createClient({
      url,
      webSocketImpl: WebSocket,
      lazy: false,
      connectionParams: { authorization: `Bearer ${token}` },
    });
    const streamed: number[] = [];
    let probed = false;
    let subscribed = false;
    client.subscribe<{ events: { name: string; data: { n: number } } }>(
      { query: `subscription { events(names: ["${EVENT}", "${PROBE}"]) { name data } }` },
      {
        next: (value) => {
          if (value.data?.events.name === PROBE) probed = true;
          else if (value.data) streamed.push(value.data.events.data.n);
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
    client.on("connected", () => {
      subscribed = true;
    });

    // Before the outage: the subscription is live once a probe event comes through.
    await until("the subscription to connect", () => subscribed);
    await listening;
    await bus.emit({ name: PROBE, data: {} });
    await until("a probe event to stream", () => probed);
    let n = 0;
    for (let i = 0; i < 3; i++) await bus.emit({ name: EVENT, data: { n: ++n } });
    await until("the events before the outage", () => handled.length === n && streamed.length === n);
    const before = n;

    await stopRedis();
    // While Redis is down each emit returns (the event is in the outbox): on main it hung.
    for (let i = 0; i < 10; i++)
      await within(10_000, `emit ${i} during the outage`, bus.emit({ name: EVENT, data: { n: ++n } }));
    expect(handled.length).toBe(before);
    await startRedis(port);

    const all = Array.from({ length: n }, (_, i) => i + 1);
    await until(
      "every event to reach the subscriber and the subscription",
      () => handled.length >= n && streamed.length >= n,
      120_000,
    );
    await within(60_000, "drain", bus.drain());
    expect([...handled].sort((a, b) => a - b)).toEqual(all);
    expect([...streamed].sort((a, b) => a - b)).toEqual(all);
    expect(await database.db.prisma.eventOutbox.count()).toBe(0);
  }, 300_000);
});
