import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildState, manifestName } from "../bin/server-build.mjs";
import { freePort } from "../bench/server.ts";
import { projectRoot } from "../src/framework/paths.ts";
import { overSocket } from "../src/framework/test-utils/over-socket.ts";

// `npm start` in production runs the compiled server (bin/server-build.mjs): built into a temporary
// TESSERA_BUILD_DIR here, so the checkout's dist/ is left alone. `tessera dev`'s reload is tested in
// this file too, after it: it touches a source file of the checkout, which makes any build stale, so
// run beside the compiled start (two files in parallel) it made that start compile again (CI, 84035ae).
const children = new Set<ChildProcess>();
const cleanups: (() => void)[] = [];
afterAll(() => {
  for (const child of children) child.kill("SIGKILL");
  for (const cleanup of cleanups.reverse()) cleanup();
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Starts `tessera start`; resolves once it prints its GraphiQL line (it listens by then). */
async function startCompiled(env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ["bin/tessera.mjs", "start"], { cwd: projectRoot, env });
  children.add(child);
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const onData = (d: Buffer) => {
      output += d.toString();
      if (output.includes("GraphiQL: http")) resolve();
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => reject(new Error(`start exited with ${code} before listening:\n${output}`)));
  });
  return {
    output: () => output,
    stop: async () => {
      child.kill("SIGTERM");
      const code = await exited;
      children.delete(child);
      return code;
    },
  };
}

/** One operation over graphql-ws: its result, or the error that ended it. */
describe("compiled production start", () => {
  it(
    "compiles when the build is missing, serves /health and GraphQL from it, and recompiles a stale build",
    { timeout: 300_000 },
    async () => {
      const buildDir = tempDir("tessera-build-");
      const port = await freePort();
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        NODE_ENV: "production",
        LOG_LEVEL: "warn",
        PORT: String(port),
        TESSERA_BUILD_DIR: buildDir,
        DATABASE_DIR: tempDir("tessera-compiled-db-"),
        JWT_SECRET: randomBytes(32).toString("hex"),
        COOKIE_SECRET: randomBytes(32).toString("hex"),
      };
      delete env.DATABASE_URL;
      delete env.REDIS_URL;
      delete env.TESSERA_PROJECT;
      const url = `http://127.0.0.1:${port}`;

      const first = await startCompiled(env);
      expect(first.output()).toMatch(/Compiled the server \(\d+ files\)/);
      expect((await fetch(`${url}/health`)).status).toBe(200);
      const res = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(await res.json()).toMatchObject({ data: { __typename: "Query" } });
      // Express, body parsing, the auth routes and argon2 as compiled in: a wrong password is
      // refused with the typed error, not a crash of a dependency the build got wrong.
      const login = await fetch(`${url}/auth/user/emailpass`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "nobody@example.com", password: "not-the-password" }),
      });
      expect(login.status).toBe(401);
      expect(await login.json()).toMatchObject({ type: "unauthorized", message: "Invalid email or password" });
      // WebSockets (ws and graphql-ws as compiled in) carry operations too.
      expect(await overSocket(url, "{ __typename }")).toMatchObject({ data: { __typename: "Query" } });
      expect(await first.stop()).toBe(0);

      // A current build starts as it is.
      const second = await startCompiled(env);
      expect(second.output()).not.toContain("Compiled the server");
      expect(await second.stop()).toBe(0);

      // Sources changed since the build (as the manifest's digest now says): compiled again.
      const manifest = path.join(buildDir, manifestName);
      writeFileSync(manifest, JSON.stringify({ ...JSON.parse(readFileSync(manifest, "utf8")), digest: "stale" }));
      const third = await startCompiled(env);
      expect(third.output()).toMatch(/Compiled the server/);
      expect((await fetch(`${url}/health`)).status).toBe(200);
      expect(await third.stop()).toBe(0);
    },
  );

  it("counts a build stale when a source file of the project changes, is added or the project differs", () => {
    const project = tempDir("tessera-project-");
    const file = path.join(project, "src", "subscribers", "hello.ts");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, "export default async function () {}\n");
    const before = buildState(tempDir("tessera-no-build-"), project);
    expect(before.fresh).toBe(false);
    expect(before.files).toContain(file);
    expect(buildState(undefined, project).digest).toBe(before.digest);

    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    const touched = buildState(undefined, project).digest;
    expect(touched).not.toBe(before.digest);
    writeFileSync(path.join(project, "src", "subscribers", "other.ts"), "export {};\n");
    expect(buildState(undefined, project).digest).not.toBe(touched);
    expect(buildState(undefined, projectRoot).digest).not.toBe(before.digest);
    // Tests are no server code.
    writeFileSync(path.join(project, "src", "subscribers", "hello.spec.ts"), "export {};\n");
    expect(buildState(undefined, project).files).not.toContain(
      path.join(project, "src", "subscribers", "hello.spec.ts"),
    );
  });
});

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
  // A bound, not a wait: a dev start seeds the demo catalogue on PGlite, over two minutes on a loaded machine.
  const giveUpAt = Date.now() + 240_000;
  for (;;) {
    if (!alive()) throw new Error("tessera dev exited");
    if (Date.now() > giveUpAt) throw new Error(`/health not ${state} after 240 s`);
    const up = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(5_000) }).then(
      (res) => res.ok,
      () => false,
    );
    if (up === (state === "up")) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("tessera dev", () => {
  it(
    "tessera dev reloads the server when a source file changes, keeps the data, and stops with its process",
    { timeout: 600_000 },
    async () => {
      const port = await freePort();
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        NODE_ENV: "development",
        LOG_LEVEL: "warn",
        PORT: String(port),
        DATABASE_DIR: tempDir("tessera-dev-"),
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
});
