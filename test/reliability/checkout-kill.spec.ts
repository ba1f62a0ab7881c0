import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { clearRedisPrefix } from "../../src/framework/test-utils/runners.ts";
import { createTestDatabase, type TestDatabase } from "../../src/framework/test-utils/test-database.ts";

// Issue 14: the process running a cart's completion is SIGKILLed inside it (stock reserved, the
// promotion budget consumed, the payment authorization under way), and another process takes the
// run over. It either finishes with one order or compensates with none; no payment stays
// authorized without an order. Two real processes share the database (PostgreSQL, or one PGlite
// directory they open in turn) and, with REDIS_URL, the BullMQ queue.
const dir = mkdtempSync(path.join(tmpdir(), "tessera-checkout-kill-"));
const redisPrefix = `tessera-test-checkout-kill-${process.pid}`;
const databases: TestDatabase[] = [];
const children: ChildProcess[] = [];

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  for (const database of databases) await database.dispose();
  if (process.env.REDIS_URL)
    await clearRedisPrefix({ projectConfig: { redisUrl: process.env.REDIS_URL, redisPrefix } as never });
  rmSync(dir, { recursive: true, force: true });
});

function start(
  role: "first" | "second",
  env: Record<string, string>,
): { child: ChildProcess; output: Promise<string> } {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(import.meta.dirname, "..", "fixtures", "checkout-crash-worker.ts")],
    {
      env: { ...process.env, ...env, CRASH_ROLE: role, REDIS_PREFIX: redisPrefix, LOG_LEVEL: "silent" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  children.push(child);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  return { child, output: new Promise((resolve) => child.on("exit", () => resolve(output))) };
}

/** Kills the first process once it is inside the provider's authorize call, starts the second, and returns what it found. */
async function killDuringCompletion(name: string, second: Record<string, string>) {
  const marker = path.join(dir, `${name}.log`);
  writeFileSync(marker, "");
  const lines = () => (existsSync(marker) ? readFileSync(marker, "utf8").trim().split("\n") : []);
  const database = process.env.TEST_DATABASE_URL ? await createTestDatabase() : undefined;
  if (database) databases.push(database);
  const env: Record<string, string> = {
    CRASH_MARKER: marker,
    // The resumed run's step was left `invoking`: a few seconds untouched and the sweeper takes it.
    WORKFLOW_STALE_AFTER_MS: "2000",
    ...(database?.url ? { DATABASE_URL: database.url } : { CRASH_DB_DIR: path.join(dir, name) }),
  };
  const first = start("first", env);
  const deadline = Date.now() + 240_000;
  while (!lines().includes("authorize first")) {
    if (first.child.exitCode !== null) throw new Error(`first process exited:\n${await first.output}`);
    if (Date.now() > deadline) throw new Error("the completion never reached the payment authorization");
    await new Promise((r) => setTimeout(r, 50));
  }
  first.child.kill("SIGKILL");
  await first.output;
  const output = await start("second", { ...env, ...second }).output;
  const json = output.split("\n").find((line) => line.startsWith("OUTCOME "));
  if (!json) throw new Error(`second process printed no outcome:\n${output}`);
  return { outcome: JSON.parse(json.slice("OUTCOME ".length)) as Record<string, unknown>, lines: lines() };
}

describe(`a process killed (SIGKILL) while completing a cart (${process.env.REDIS_URL ? "BullMQ on Redis" : "in-process"})`, () => {
  it("is taken over by another process, which finishes the run with one order and one authorized payment", async () => {
    const { outcome, lines } = await killDuringCompletion("finish", {});
    expect(lines).toEqual(["seeded", "authorize first", "authorize second"]);
    expect(outcome).toEqual({
      status: "done",
      errors: [],
      orders: 1,
      cartCompleted: true,
      livePayments: 1,
      paymentsWithoutOrder: 0,
      reserved: 2,
      reservations: 1,
      budgetUsed: "1",
    });
  }, 600_000);

  it("compensates with no order when the resumed authorization is declined: stock, budget and cart given back, no payment left", async () => {
    const { outcome } = await killDuringCompletion("decline", { CRASH_SECOND: "decline" });
    expect(outcome.errors).toEqual([expect.stringMatching(/^authorize-payment-session: /)]);
    expect(outcome).toEqual({
      errors: outcome.errors,
      status: "reverted",
      orders: 0,
      cartCompleted: false,
      livePayments: 0,
      paymentsWithoutOrder: 0,
      reserved: 0,
      reservations: 0,
      budgetUsed: "0",
    });
  }, 600_000);
});
