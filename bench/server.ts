import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { projectRoot } from "../src/framework/paths.ts";

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface BenchServer {
  url: string;
  /** Milliseconds from spawning the process to its "listening" line. */
  readyMs: number;
  /** The process's peak resident set so far (Linux VmHWM), in MiB; null where /proc is missing. */
  peakRssMiB: () => number | null;
  /** CPU time the process has used so far (user + system), ms; null where /proc is missing. */
  cpuMs: () => number | null;
  stop: () => Promise<void>;
}

function peakRss(pid: number | undefined): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** A process's CPU time in ms (user + system) from /proc, or null when it is not readable. */
export function cpuTime(pid: number | undefined): number | null {
  try {
    // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th, in ticks of 10 ms.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/**
 * Starts a server in a child process (the load generator must not share its event loop) and
 * resolves once it prints a line `ready` matches, whose first group is the URL.
 */
async function startChild(args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<BenchServer> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: projectRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) resolve((match[1] as string).replace("localhost", "127.0.0.1"));
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  const readyMs = performance.now() - started;
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  return {
    url,
    readyMs,
    peakRssMiB: () => peakRss(child.pid),
    cpuMs: () => cpuTime(child.pid),
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/**
 * The node flags of `npm start` (package.json's start script: none by default; the heap sizes of
 * README "Production checklist" when a deployment opts in), so that a bench spawning
 * `bin/tessera.mjs start` itself measures the server as `npm start` runs it.
 */
export function startScriptNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(projectRoot, "package.json"), "utf8")) as {
    scripts?: { start?: string };
  };
  const words = (pkg.scripts?.start ?? "").split(/\s+/);
  const entry = words.indexOf("bin/tessera.mjs");
  return entry < 0 ? [] : words.slice(0, entry).filter((word) => word.startsWith("--"));
}

/** `tessera start` in production mode with `npm start`'s node flags; extra ones (e.g. `--cpu-prof`) from BENCH_NODE_FLAGS. */
export function startServer(env: Record<string, string>): Promise<BenchServer> {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    JWT_SECRET: randomBytes(32).toString("hex"),
    COOKIE_SECRET: randomBytes(32).toString("hex"),
    ...env,
  };
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  const flags = [...startScriptNodeFlags(), ...(process.env.BENCH_NODE_FLAGS ?? "").split(" ").filter(Boolean)];
  return startChild([...flags, "bin/tessera.mjs", "start"], childEnv, /GraphiQL: (http:\/\/[^\s"]+)/);
}

/** bench/baseline-server.ts: one hand-written SQL statement per page. */
export function startBaseline(databaseUrl: string, port: number): Promise<BenchServer> {
  return startChild(
    ["--import", "tsx", "bench/baseline-server.ts"],
    { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port) },
    /Baseline: (http:\/\/\S+)/,
  );
}
