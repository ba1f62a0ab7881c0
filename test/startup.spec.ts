import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../src/framework/paths.ts";

// `npm start` as a user runs it: the real CLI in a child process, stopped by a signal.
const children = new Set<ChildProcess>();
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function baseEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "development", LOG_LEVEL: "warn", ...extra };
  if (!extra.DATABASE_URL) delete env.DATABASE_URL;
  return env;
}

/** Runs `tessera <command>` to completion; resolves with its exit code and output. */
function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ["bin/tessera.mjs", ...args], { cwd: projectRoot, env });
  children.add(child);
  let output = "";
  child.stdout.on("data", (d: Buffer) => {
    output += d.toString();
  });
  child.stderr.on("data", (d: Buffer) => {
    output += d.toString();
  });
  return new Promise((resolve) =>
    child.on("exit", (code) => {
      children.delete(child);
      resolve({ code, output });
    }),
  );
}

/** Starts the server, waits for the GraphiQL line, and returns its URL and a stop function. */
async function start(
  env: NodeJS.ProcessEnv,
): Promise<{ url: string; publishableKey?: string; stop: () => Promise<number | null> }> {
  const child = spawn(process.execPath, ["bin/tessera.mjs", "start"], { cwd: projectRoot, env });
  children.add(child);
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (d: Buffer) => {
      output += d.toString();
      const match = /GraphiQL: (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1] as string);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => reject(new Error(`start exited with ${code} before listening:\n${output}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    url,
    publishableKey: /Storefront publishable key \(x-publishable-api-key\): (pk_\S+)/.exec(output)?.[1],
    stop: async () => {
      // The child is node itself (no npm wrapper), so the signal reaches the server.
      child.kill("SIGTERM");
      const code = await exited;
      children.delete(child);
      return code;
    },
  };
}

/** Product count as a storefront (publishable key) or an admin tool (secret key) sees it. */
async function totalCount(url: string, credentials: Record<string, string>): Promise<number> {
  const res = await fetch(url.replace("localhost", "127.0.0.1"), {
    method: "POST",
    headers: { "content-type": "application/json", ...credentials },
    body: JSON.stringify({ query: "{ products(first: 10) { totalCount } }" }),
  });
  const body = (await res.json()) as { data?: { products: { totalCount: number } }; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data?.products.totalCount ?? -1;
}

describe("tessera start", () => {
  it(
    "on a fresh embedded database: migrates, seeds once, prints GraphiQL, stops on SIGTERM, restarts without reseeding",
    { timeout: 240_000 },
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "tessera-start-"));
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      const port = await freePort();
      const env = baseEnv({ PORT: String(port), DATABASE_DIR: dir });

      const first = await start(env);
      expect(first.url).toBe(`http://localhost:${port}/graphql`);
      expect(first.publishableKey).toMatch(/^pk_/);
      const storefront = { "x-publishable-api-key": first.publishableKey as string };
      expect(await totalCount(first.url, storefront)).toBe(4);
      const graphiql = await fetch(first.url.replace("localhost", "127.0.0.1"), { headers: { accept: "text/html" } });
      expect(await graphiql.text()).toContain("Tessera GraphiQL");
      expect(await first.stop()).toBe(0);

      const second = await start(env);
      expect(second.publishableKey).toBe(first.publishableKey);
      expect(await totalCount(second.url, storefront)).toBe(4);
      expect(await second.stop()).toBe(0);
    },
  );

  it("refuses a bad PORT with a message naming the key", { timeout: 120_000 }, async () => {
    const { code, output } = await runCli(
      ["start"],
      baseEnv({ PORT: "abc", DATABASE_DIR: path.join(tmpdir(), "tessera-unused") }),
    );
    expect(code).toBe(1);
    expect(output).toContain("Invalid configuration: projectConfig.http.port");
  });

  const adminUrl = process.env.TEST_DATABASE_URL;
  // Needs a PostgreSQL server: declared only when TEST_DATABASE_URL names one (CI's second run).
  if (adminUrl) {
    it(
      "with DATABASE_URL: migrates PostgreSQL on start; `seed` loads the catalogue once",
      { timeout: 240_000 },
      async () => {
        const name = `tessera_start_${process.pid}_${Date.now()}`;
        const admin = new pg.Client({ connectionString: adminUrl });
        await admin.connect();
        await admin.query(`CREATE DATABASE "${name}"`);
        cleanups.push(async () => {
          await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
          await admin.end();
        });
        const url = new URL(adminUrl);
        url.pathname = `/${name}`;
        const env = baseEnv({ PORT: String(await freePort()), DATABASE_URL: url.toString() });

        const issued = await runCli(["api-key", "--title", "ci", "--type", "secret"], env);
        const secret = /Secret key[^:]*: (sk_\S+)/.exec(issued.output)?.[1] as string;
        expect(secret).toMatch(/^sk_/);
        const adminTool = { authorization: `Basic ${Buffer.from(`${secret}:`).toString("base64")}` };
        const first = await start(env);
        expect(await totalCount(first.url, adminTool)).toBe(0);
        expect(await first.stop()).toBe(0);
        for (let i = 0; i < 2; i++) {
          const seeded = await runCli(["seed"], env);
          expect(seeded).toMatchObject({ code: 0, output: expect.stringContaining("Demo catalogue seeded.") });
        }
        const second = await start(env);
        expect(await totalCount(second.url, adminTool)).toBe(4);
        expect(await second.stop()).toBe(0);
        const { rows } = await admin.query<{ n: string }>(
          `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1`,
          [name],
        );
        expect(Number(rows[0]?.n)).toBe(0);
      },
    );
  }
});
