// `npm run bench:start`: how long the server takes to answer, in production and in the developer's
// loop. Every figure waits on a condition (GET /health answering 200, or refusing while a restart
// is under way), never on a sleep.
//   production: `tessera start` with NODE_ENV=production, time from spawn to the first 200, the
//     process's CPU (user + system) and peak RSS then, and its RSS after one storefront query;
//   dev: `tessera dev`, then a source file is rewritten and the time is taken from the write until
//     the reloaded server answers, with the CPU the serving process spent on it.
// START_DATABASE_URL=postgresql://… runs on a fresh database created there (dropped afterwards)
// instead of a temporary embedded PGlite directory. Knobs: START_ROUNDS (5; medians), START_MODES (production,dev), START_TOUCH (the file the dev
// rounds rewrite, default src/modules/product/service.ts; its content is restored after each).
import { spawn, type ChildProcess } from "node:child_process";
import { get } from "node:http";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { projectRoot } from "../src/framework/paths.ts";
import { withFreshDatabase } from "./fresh-database.ts";
import { freePort, startScriptNodeFlags } from "./server.ts";

const rounds = Number(process.env.START_ROUNDS ?? 5);
const modes = (process.env.START_MODES ?? "production,dev").split(",");
const touch = path.resolve(projectRoot, process.env.START_TOUCH ?? "src/modules/product/service.ts");

interface ProcStat {
  pid: number;
  ppid: number;
  /** Start time in clock ticks since boot. */
  started: number;
  cpuMs: number;
}

function procStat(pid: number): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    // After the command: state, ppid (2nd), ..., utime and stime (12th and 13th, ticks of 10 ms), starttime (20th).
    return {
      pid,
      ppid: Number(fields[1]),
      started: Number(fields[19]),
      cpuMs: (Number(fields[11]) + Number(fields[12])) * 10,
    };
  } catch {
    return undefined;
  }
}

const peakRssMiB = (pid: number) => {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) / 1024 : Number.NaN;
};
const rssMiB = (pid: number) => {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) / 1024 : Number.NaN;
};

const commandLine = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    return "";
  }
};

/** The newest `tessera <command>` process below `root` (the worker serving under `tessera dev`). */
function newestDescendant(root: number, command: string): ProcStat | undefined {
  const all = readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map((name) => procStat(Number(name)))
    .filter((s): s is ProcStat => s !== undefined);
  const below = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of all)
      if (below.has(s.ppid) && !below.has(s.pid)) {
        below.add(s.pid);
        grew = true;
      }
  }
  return all
    .filter((s) => below.has(s.pid) && s.pid !== root && commandLine(s.pid).includes(`tessera.mjs\0${command}`))
    .sort((a, b) => b.started - a.started)[0];
}

/** GET /health through node:http (fetch costs this process more CPU than the server's answer). */
function health(url: string): Promise<"up" | "down"> {
  return new Promise((resolve) => {
    const req = get(`${url}/health`, { timeout: 5_000 }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode === 200 ? "up" : "down"));
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve("down"));
  });
}

/** Polls until /health is in `state` (every 20 ms); rejects if the process exits meanwhile. */
async function until(url: string, state: "up" | "down", child: ChildProcess, log: () => string): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${log()}`);
    if ((await health(url)) === state) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
};

function spawnServer(command: "start" | "dev", env: NodeJS.ProcessEnv) {
  // `npm start`'s node flags (package.json) for a start; `npm run dev` runs without them.
  const flags = command === "start" ? startScriptNodeFlags() : [];
  const child = spawn(process.execPath, [...flags, "bin/tessera.mjs", command], {
    cwd: projectRoot,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.pid) process.kill(-child.pid, "SIGTERM");
    await exited;
  };
  return { child, log: () => output, stop };
}

async function storefrontQuery(url: string): Promise<void> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ __typename }" }),
  });
  await res.arrayBuffer();
}

async function production(env: NodeJS.ProcessEnv): Promise<string[]> {
  const ready: number[] = [];
  const cpu: number[] = [];
  const peak: number[] = [];
  const afterQuery: number[] = [];
  for (let round = 0; round <= rounds; round++) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const started = performance.now();
    const server = spawnServer("start", { ...env, PORT: String(port) });
    try {
      await until(url, "up", server.child, server.log);
      const ms = performance.now() - started;
      const pid = server.child.pid as number;
      const stat = procStat(pid);
      const peakAtReady = peakRssMiB(pid);
      await storefrontQuery(url);
      // Round 0 migrates, seeds and builds the admin once: not a warm start.
      if (round === 0) continue;
      ready.push(ms);
      cpu.push(stat?.cpuMs ?? Number.NaN);
      peak.push(peakAtReady);
      afterQuery.push(rssMiB(pid));
    } finally {
      await server.stop();
    }
  }
  return [
    `production start (${rounds} warm starts, medians): ready ${median(ready).toFixed(0)} ms after spawn ` +
      `(${ready.map((v) => v.toFixed(0)).join(", ")}), CPU ${median(cpu)} ms, peak RSS at ready ${median(peak).toFixed(0)} MiB, ` +
      `RSS after a query ${median(afterQuery).toFixed(0)} MiB`,
  ];
}

async function dev(env: NodeJS.ProcessEnv): Promise<string[]> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const original = readFileSync(touch, "utf8");
  const started = performance.now();
  const server = spawnServer("dev", { ...env, PORT: String(port) });
  const restarts: number[] = [];
  const cpu: number[] = [];
  try {
    await until(url, "up", server.child, server.log);
    const first = performance.now() - started;
    for (let round = 0; round < rounds; round++) {
      const worker = newestDescendant(server.child.pid as number, "dev");
      const edited = performance.now();
      writeFileSync(touch, `${original}// bench:start ${round}\n`);
      await until(url, "down", server.child, server.log);
      await until(url, "up", server.child, server.log);
      restarts.push(performance.now() - edited);
      // The worker reloads in place: its CPU since the write (a new worker: all of its CPU).
      const after = newestDescendant(server.child.pid as number, "dev");
      cpu.push((after?.cpuMs ?? Number.NaN) - (after?.pid === worker?.pid ? (worker?.cpuMs ?? 0) : 0));
      writeFileSync(touch, original);
      await until(url, "down", server.child, server.log);
      await until(url, "up", server.child, server.log);
    }
    const worker = newestDescendant(server.child.pid as number, "dev");
    return [
      `dev: first ready ${first.toFixed(0)} ms; restart after a source change (${rounds}, median) ${median(restarts).toFixed(0)} ms ` +
        `(${restarts.map((v) => v.toFixed(0)).join(", ")}), the server's CPU for it ${median(cpu)} ms, ` +
        `RSS after ${2 * rounds} reloads ${worker ? rssMiB(worker.pid).toFixed(0) : "?"} MiB`,
    ];
  } finally {
    writeFileSync(touch, original);
    await server.stop();
  }
}

const dataDir = mkdtempSync(path.join(tmpdir(), "tessera-start-"));
const env: NodeJS.ProcessEnv = {
  ...process.env,
  LOG_LEVEL: "warn",
  DATABASE_DIR: path.join(dataDir, "db"),
  JWT_SECRET: randomBytes(32).toString("hex"),
  COOKIE_SECRET: randomBytes(32).toString("hex"),
};
delete env.DATABASE_URL;
delete env.REDIS_URL;

/** Both measures on the database `env` names. */
async function measure(env: NodeJS.ProcessEnv): Promise<string[]> {
  const lines: string[] = [];
  if (modes.includes("production")) lines.push(...(await production({ ...env, NODE_ENV: "production" })));
  if (modes.includes("dev")) lines.push(...(await dev({ ...env, NODE_ENV: "development" })));
  return lines;
}

const postgresServer = process.env.START_DATABASE_URL;
try {
  const lines = postgresServer
    ? await withFreshDatabase(postgresServer, "start", (url) => measure({ ...env, DATABASE_URL: url }))
    : await measure(env);
  console.log(lines.join("\n"));
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
