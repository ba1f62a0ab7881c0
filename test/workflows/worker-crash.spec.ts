import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../src/framework/test-utils/test-database.ts";
import type { Execution } from "../../src/framework/workflows/index.ts";

// Two real processes share the database (and, with REDIS_URL, the queue): the first dies with
// SIGKILL in the middle of a step, the second finishes the run. Same test on both executors.
const dir = mkdtempSync(path.join(tmpdir(), "tessera-crash-"));
const marker = path.join(dir, "marker.log");
let database: TestDatabase | undefined;

function start(
  role: "first" | "second",
  env: Record<string, string>,
): { child: ChildProcess; output: Promise<string> } {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(import.meta.dirname, "fixtures", "crash-worker.ts")],
    {
      env: {
        ...process.env,
        ...env,
        CRASH_ROLE: role,
        CRASH_MARKER: marker,
        REDIS_PREFIX: `tessera-test-crash-${process.pid}`,
        LOG_LEVEL: "silent",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  return { child, output: new Promise((resolve) => child.on("exit", () => resolve(output))) };
}

const lines = () => (existsSync(marker) ? readFileSync(marker, "utf8").trim().split("\n") : []);

afterAll(async () => {
  await database?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe("a worker killed mid-step", () => {
  it("is replaced by a new process that completes the run: nothing lost, no completed step done twice", async () => {
    writeFileSync(marker, "");
    // PostgreSQL: a fresh test database both processes use; embedded: a PGlite directory they open in turn.
    database = process.env.TEST_DATABASE_URL ? await createTestDatabase() : undefined;
    const env: Record<string, string> = database?.url
      ? { DATABASE_URL: database.url }
      : { CRASH_DB_DIR: path.join(dir, "pglite") };
    const first = start("first", env);
    // A child's boot (tsx, the app) takes over 30 s on a loaded machine: wait on the marker up to 100 s.
    for (let i = 0; i < 2000 && !lines().includes("ship-start first"); i++) await new Promise((r) => setTimeout(r, 50));
    expect(lines()).toEqual(["charge", "ship-start first"]);
    first.child.kill("SIGKILL");
    await first.output;

    const second = start("second", env);
    const output = await second.output;
    const json = output.split("\n").find((line) => line.startsWith("EXECUTION "));
    const execution = JSON.parse(json?.slice("EXECUTION ".length) ?? "null") as Execution | null;
    expect(execution).toMatchObject({ status: "done", result: "shipped after charged" });
    expect(execution?.steps.charge?.attempts).toBe(1);
    expect(execution?.steps.ship?.attempts).toBe(2);
    expect(lines()).toEqual(["charge", "ship-start first", "ship-start second", "ship-done"]);
  }, 180_000);
});
