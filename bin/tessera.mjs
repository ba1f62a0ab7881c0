#!/usr/bin/env node
// The `tessera` command. The framework is TypeScript run through tsx, so no build step is needed.
import { readFileSync } from "node:fs";

const argv = process.argv.slice(2);
if (!argv[0] || argv[0] === "help" || argv[0] === "--help") {
  // Help answers from the plain usage list: starting tsx alone costs more than a second.
  const usage = JSON.parse(readFileSync(new URL("../src/framework/cli/usage.json", import.meta.url), "utf8"));
  console.log(["usage: tessera <command>", "", ...Object.values(usage).map((line) => `  ${line}`)].join("\n"));
  process.exit(argv[0] ? 0 : 1);
}
const { register } = await import("tsx/esm/api");
register();
const { main } = await import("../src/framework/cli/main.ts");
const code = await main(argv);
// A command that failed half-way may leave connections open (a server that could not start
// has Redis and database clients): end now rather than hang looking alive.
if (code !== 0) process.exit(code);
