#!/usr/bin/env node
// The `tessera` command. Development runs the TypeScript sources through tsx; `tessera start` in
// production runs the compiled server of bin/server-build.mjs (compiled first when missing or older
// than the sources), which starts without a TypeScript loader.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const argv = process.argv.slice(2);
if (!argv[0] || argv[0] === "help" || argv[0] === "--help") {
  // Help answers from the plain usage list: starting tsx alone costs more than a second.
  const usage = JSON.parse(readFileSync(new URL("../src/framework/cli/usage.json", import.meta.url), "utf8"));
  console.log(["usage: tessera <command>", "", ...Object.values(usage).map((line) => `  ${line}`)].join("\n"));
  process.exit(argv[0] ? 0 : 1);
}
// Under `tessera dev` the sources are what changes: it never runs the build.
const underTsx = process.execArgv.some((arg) => arg.includes("tsx")) || process.env.TESSERA_ADMIN_DEV === "1";
let main;
if (argv[0] === "start" && process.env.NODE_ENV === "production" && !underTsx) {
  const { ensureServerBuild, entryName } = await import("./server-build.mjs");
  ({ main } = await import(pathToFileURL(path.join(await ensureServerBuild(), entryName)).href));
} else {
  if (argv[0] === "build") {
    // `tessera build` compiles the server, then (in main) the dashboard.
    const { buildDir, buildServer } = await import("./server-build.mjs");
    await buildServer();
    console.log(`Server compiled in ${path.relative(process.cwd(), buildDir()) || "."}`);
  }
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../src/framework/cli/main.ts"));
}
const code = await main(argv);
// A command that failed half-way may leave connections open (a server that could not start
// has Redis and database clients): end now rather than hang looking alive.
if (code !== 0) process.exit(code);
