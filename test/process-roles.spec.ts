import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { createTestDatabase, type TestDatabase } from "../src/framework/test-utils/test-database.ts";
import { projectRoot } from "../src/framework/paths.ts";
import { clearRedisPrefix } from "../src/framework/test-utils/runners.ts";

const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill("SIGKILL");
});

/** Starts `tessera start` and resolves once it printed `ready` (a line matching the pattern). */
function startProcess(env: Record<string, string>, ready: RegExp): Promise<{ child: ChildProcess; line: string }> {
  const child = spawn(process.execPath, [path.join(projectRoot, "bin", "tessera.mjs"), "start"], {
    cwd: projectRoot,
    env: { ...process.env, LOG_LEVEL: "warn", NODE_ENV: "test", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split("\n").find((l) => ready.test(l));
      if (line) resolve({ child, line });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code) => reject(new Error(`process exited (${code}) before it was ready:\n${output}`)));
    // A bound for a loaded machine (two CI runs at once took over 60 s to boot a worker), not a wait.
    setTimeout(() => reject(new Error(`not ready after 120 s:\n${output}`)), 120_000);
  });
}

/** Runs `tessera <args>` to completion and returns what it printed. */
function runCommand(args: string[], env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, [path.join(projectRoot, "bin", "tessera.mjs"), ...args], {
    cwd: projectRoot,
    env: { ...process.env, NODE_ENV: "test", ...env },
  });
  let output = "";
  child.stdout.on("data", (d: Buffer) => {
    output += d.toString();
  });
  child.stderr.on("data", (d: Buffer) => {
    output += d.toString();
  });
  return new Promise((resolve) => child.on("exit", () => resolve(output)));
}

describe("process roles", () => {
  it("a worker answers no HTTP (embedded default)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tessera-worker-"));
    const port = String(20000 + Math.floor(Math.random() * 20000));
    const { child, line } = await startProcess(
      { WORKER_MODE: "worker", DATABASE_DIR: dir, PORT: port, DATABASE_URL: "", REDIS_URL: "" },
      /Worker started/,
    );
    expect(line).toContain(`pid ${child.pid}`);
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
    child.kill("SIGTERM");
  }, 150_000);

  const services = process.env.REDIS_URL && process.env.TEST_DATABASE_URL;
  if (!services) return;

  let database: TestDatabase | undefined;
  const redisPrefix = `tessera-roles-${process.pid}-${Date.now()}`;
  const claimDatabases: TestDatabase[] = [];
  const claimPrefix = `tessera-claim-${process.pid}-${Date.now()}`;
  afterAll(async () => {
    for (const used of [database, ...claimDatabases]) await used?.dispose();
    for (const prefix of [redisPrefix, claimPrefix]) {
      await clearRedisPrefix({ projectConfig: { redisUrl: process.env.REDIS_URL, redisPrefix: prefix } as never });
    }
  });

  it("one server and two workers on PostgreSQL and Redis: each tick runs once, in a worker, and reaches the server's subscribers", async () => {
    database = await createTestDatabase();
    const shared = {
      DATABASE_URL: database.url as string,
      REDIS_URL: process.env.REDIS_URL as string,
      REDIS_PREFIX: redisPrefix,
      JOBS_DIR: "test/fixtures/roles/jobs",
      SUBSCRIBERS_DIR: "test/fixtures/roles/subscribers",
    };
    // The events subscription is admin-only: a secret key authenticates the graphql-ws client.
    const issued = await runCommand(["api-key", "--title", "roles", "--type", "secret"], {
      ...shared,
      LOG_LEVEL: "warn",
    });
    const secret = /Secret key[^:]*: (sk_\S+)/.exec(issued)?.[1] as string;
    expect(secret).toMatch(/^sk_/);
    const port = String(20000 + Math.floor(Math.random() * 20000));
    const server = await startProcess({ ...shared, WORKER_MODE: "server", PORT: port, HOST: "127.0.0.1" }, /GraphiQL:/);
    const workers = await Promise.all(
      [1, 2].map(() => startProcess({ ...shared, WORKER_MODE: "worker" }, /Worker started/)),
    );
    const workerPids = new Set(workers.map((w) => w.child.pid));

    const client = createClient({
      url: `ws://127.0.0.1:${port}/graphql`,
      webSocketImpl: WebSocket,
      lazy: false,
      connectionParams: { authorization: `Basic ${Buffer.from(`${secret}:`).toString("base64")}` },
    });
    const live: { pid: number; second: number }[] = [];
    const stopLive = client.subscribe<{ events: { data: { pid: number; second: number } } }>(
      { query: `subscription { events(names: ["roles.tick"]) { data } }` },
      {
        next: (v) => {
          if (v.data) live.push(v.data.events.data);
        },
        error: () => {},
        complete: () => {},
      },
    );
    // Three ticks streamed live, and each recorded by a worker's subscriber.
    const { prisma } = database.db;
    const tickRecords = () => prisma.notificationRecord.findMany({ where: { channel: "tick" } });
    await vi.waitFor(
      async () => {
        expect(live.length).toBeGreaterThanOrEqual(3);
        const recorded = new Set((await tickRecords()).map((r) => Number(/second:(\d+)/.exec(r.template)?.[1])));
        for (const { second } of live) expect(recorded.has(second)).toBe(true);
      },
      { timeout: 60_000, interval: 100 },
    );
    stopLive();
    await client.dispose();
    // Every tick streamed so far has been recorded: a tick run twice would show twice here.
    const records = await tickRecords();
    expect(records.length).toBeGreaterThanOrEqual(3);
    const ticks = records.map((r) => r.template);
    expect(new Set(ticks).size).toBe(ticks.length); // no tick ran twice
    const ranBy = new Set(records.map((r) => Number(/ran-by:(\d+)/.exec(r.template)?.[1])));
    const handledBy = new Set(records.map((r) => Number(r.to.replace("handled-by:", ""))));
    for (const pid of [...ranBy, ...handledBy]) expect(workerPids.has(pid)).toBe(true);
    expect(ranBy.has(server.child.pid as number)).toBe(false);
    expect(live.length).toBeGreaterThanOrEqual(2);
    for (const event of live) expect(workerPids.has(event.pid)).toBe(true);
    for (const child of [server.child, ...workers.map((w) => w.child)]) child.kill("SIGTERM");
  }, 120_000);

  // Queues and the event stream live under the prefix: an app on another database would run the
  // first database's jobs and deliver its events against the wrong rows.
  it("servers and workers of one database share a prefix; an app on another database is refused until the prefix is free", async () => {
    const [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    claimDatabases.push(first, second);
    const on = (database: TestDatabase) => ({
      DATABASE_URL: database.url as string,
      REDIS_URL: process.env.REDIS_URL as string,
      REDIS_PREFIX: claimPrefix,
      HOST: "127.0.0.1",
      PORT: String(20000 + Math.floor(Math.random() * 20000)),
    });
    const server = await startProcess({ ...on(first), WORKER_MODE: "server" }, /GraphiQL:/);
    const worker = await startProcess({ ...on(first), WORKER_MODE: "worker" }, /Worker started/);

    // Its queues and event stream would carry the first database's jobs and events.
    const refused = await startProcess({ ...on(second), WORKER_MODE: "server" }, /GraphiQL:/).then(
      () => "started",
      (error: Error) => error.message,
    );
    expect(refused).toMatch(
      /projectConfig\.redisPrefix \("tessera-claim-[^"]+"\) is in use by a running app on another database/,
    );

    for (const child of [server.child, worker.child]) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    // Both stopped: the prefix is free for the other database.
    const after = await startProcess({ ...on(second), WORKER_MODE: "server" }, /GraphiQL:/);
    after.child.kill("SIGTERM");
  }, 480_000);
});
