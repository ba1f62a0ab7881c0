import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lockFileOf } from "../src/framework/database/data-dir-lock.ts";
import { openDatabase } from "../src/framework/database/database.ts";
import { projectRoot } from "../src/framework/paths.ts";

// The embedded database (PGlite) on a directory of its own, whichever set-up the suite runs on:
// what is tested is two processes meeting on one data directory.
const tmp = mkdtempSync(path.join(tmpdir(), "tessera-lock-"));
const dir = path.join(tmp, "pglite");
const env = { ...process.env, NODE_ENV: "test", LOG_LEVEL: "warn", DATABASE_DIR: dir, DATABASE_URL: "", REDIS_URL: "" };
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  rmSync(tmp, { recursive: true, force: true });
});

/** Runs `tessera <args>` in a process of its own; resolves with its exit code and output. */
function tessera(args: string[]): {
  child: ChildProcess;
  done: Promise<{ code: number | null; output: string }>;
  output: () => string;
} {
  const child = spawn(process.execPath, [path.join(projectRoot, "bin", "tessera.mjs"), ...args], {
    cwd: projectRoot,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  child.stdout?.on("data", (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on("data", (d: Buffer) => {
    output += d.toString();
  });
  const done = new Promise<{ code: number | null; output: string }>((resolve) =>
    child.on("exit", (code) => resolve({ code, output })),
  );
  return { child, done, output: () => output };
}

/** Waits (bounded) until `check` holds, polling. */
async function until(check: () => boolean, what: string, seconds = 300): Promise<void> {
  for (let waited = 0; !check(); waited += 100) {
    if (waited > seconds * 1000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("the embedded database is opened by one process at a time", () => {
  it("a CLI command refuses a data directory another process holds, naming it, and the directory opens once that process is gone", async () => {
    const holder = tessera(["exec", "test/fixtures/hold-database.ts"]);
    await until(
      () => holder.output().includes("holding the database") || holder.child.exitCode !== null,
      "the holder to open the database",
    );
    expect(holder.output()).toContain(`holding the database (pid ${holder.child.pid})`);
    expect(existsSync(lockFileOf(dir))).toBe(true);

    // What the start banner tells users to run while the server runs.
    const refused = await tessera(["user", "--email", "second@example.com", "--password", "a long password"]).done;
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(`The embedded database in ${dir} is in use by process ${holder.child.pid}`);
    expect(refused.output).toMatch(/Stop that process first.*DATABASE_URL/s);
    expect(refused.output).not.toContain("created");

    // Killed outright, the holder leaves its lock file behind: a lock whose process is gone is taken over.
    holder.child.kill("SIGKILL");
    await holder.done;
    expect(existsSync(lockFileOf(dir))).toBe(true);
    const created = await tessera(["user", "--email", "after@example.com", "--password", "a long password"]).done;
    expect(created.output).toContain("Admin user after@example.com created");
    expect(created.code).toBe(0);
    // Closed properly, the command gave the directory back.
    expect(existsSync(lockFileOf(dir))).toBe(false);

    const db = await openDatabase({ kind: "pglite", dir });
    try {
      const users = await db.prisma.user.findMany({ select: { email: true } });
      expect(users.map((u) => u.email)).toEqual(["after@example.com"]);
      // Within one process too: a second open of a held directory is refused.
      await expect(openDatabase({ kind: "pglite", dir })).rejects.toMatchObject({ type: "conflict" });
    } finally {
      await db.close();
    }
    expect(existsSync(lockFileOf(dir))).toBe(false);
  }, 600_000); // three processes that boot and migrate, on a loaded 2-core machine
});
