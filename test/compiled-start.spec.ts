import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildState, manifestName } from "../bin/server-build.mjs";
import { freePort } from "../bench/server.ts";
import { projectRoot } from "../src/framework/paths.ts";

// `npm start` in production runs the compiled server (bin/server-build.mjs): built into a temporary
// TESSERA_BUILD_DIR here, so the checkout's dist/ is left alone.
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
