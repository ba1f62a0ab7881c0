import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, utimesSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { projectRoot } from "../src/framework/paths.ts";

const dir = mkdtempSync(path.join(tmpdir(), "tessera-dev-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function totalCount(port: number, publishableKey: string): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey },
    body: JSON.stringify({ query: "{ products(first: 1) { totalCount } }" }),
  });
  return ((await res.json()) as { data: { products: { totalCount: number } } }).data.products.totalCount;
}

it(
  "tessera dev restarts the server when a source file changes and stops with its process",
  { timeout: 240_000 },
  async () => {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "development",
      LOG_LEVEL: "warn",
      PORT: String(port),
      DATABASE_DIR: dir,
    };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, ["bin/tessera.mjs", "dev"], { cwd: projectRoot, env });
    let output = "";
    const waitFor = (pattern: RegExp, count: number) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if ((output.match(new RegExp(pattern, "g")) ?? []).length >= count) resolve();
        };
        child.stdout.on("data", (d: Buffer) => {
          output += d.toString();
          check();
        });
        child.stderr.on("data", (d: Buffer) => {
          output += d.toString();
          check();
        });
        child.on("exit", () => reject(new Error(`dev exited:\n${output}`)));
        check();
      });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    try {
      await waitFor(/GraphiQL: http:\/\/localhost:\d+\/graphql/, 1);
      const key = /Storefront publishable key \(x-publishable-api-key\): (pk_\S+)/.exec(output)?.[1] as string;
      expect(await totalCount(port, key)).toBe(4);
      // A change to a file the server imports (mtime only: the content stays the same).
      const now = new Date();
      utimesSync(path.join(projectRoot, "src", "framework", "cli", "app-commands.ts"), now, now);
      await waitFor(/Restarting/, 1);
      await waitFor(/GraphiQL: http:\/\/localhost:\d+\/graphql/, 2);
      expect(await totalCount(port, key)).toBe(4);
    } finally {
      child.kill("SIGTERM");
    }
    await exited;
    // The watcher and the server went with it: the port is free again.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  },
);
