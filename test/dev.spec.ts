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

async function graphql<T>(port: number, publishableKey: string, query: string): Promise<T> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await res.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** Polls GET /health (every 25 ms) until it is `state`: "up" answers 200, "down" refuses, fails or hangs. */
async function health(port: number, state: "up" | "down", alive: () => boolean): Promise<void> {
  const giveUpAt = Date.now() + 150_000;
  for (;;) {
    if (!alive()) throw new Error("tessera dev exited");
    if (Date.now() > giveUpAt) throw new Error(`/health not ${state} after 150 s`);
    const up = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(5_000) }).then(
      (res) => res.ok,
      () => false,
    );
    if (up === (state === "up")) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

it(
  "tessera dev reloads the server when a source file changes, keeps the data, and stops with its process",
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
    child.stdout.on("data", (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      output += d.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const alive = () => child.exitCode === null && child.signalCode === null;
    try {
      await health(port, "up", alive);
      // The first start seeded the demo catalogue and printed a storefront key.
      const key = /Storefront publishable key \(x-publishable-api-key\): (pk_\S+)/.exec(output)?.[1] as string;
      const { products } = await graphql<{ products: { totalCount: number } }>(
        port,
        key,
        "{ products(first: 1) { totalCount } }",
      );
      expect(products.totalCount).toBe(4);
      const { createCart } = await graphql<{ createCart: { cart: { id: string } } }>(
        port,
        key,
        'mutation { createCart(input: { metadata: { written: "before the reload" } }) { cart { id } } }',
      );

      // A change to a file the server imports (mtime only: the content stays the same).
      const now = new Date();
      utimesSync(path.join(projectRoot, "src", "framework", "cli", "app-commands.ts"), now, now);
      await health(port, "down", alive);
      await health(port, "up", alive);
      expect(output).toMatch(/change in src\/framework\/cli\/app-commands\.ts: Restarting/);
      // Reloaded in the same process: the embedded database stayed open, with what was written.
      const { cart } = await graphql<{ cart: { id: string; metadata: unknown } }>(
        port,
        key,
        `{ cart(id: "${createCart.cart.id}") { id metadata } }`,
      );
      expect(cart).toEqual({ id: createCart.cart.id, metadata: { written: "before the reload" } });
    } catch (error) {
      // What the dev server said is the only clue to a failure in another process.
      throw new Error(`${(error as Error).message}\n--- tessera dev output ---\n${output}`, { cause: error });
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
    // The worker and its server went with it: the port is free again.
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  },
);
