#!/usr/bin/env node
// The `tessera` command. The framework is TypeScript run through tsx, so no build step is needed.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/framework/cli/main.ts");
const code = await main(process.argv.slice(2));
// A command that failed half-way may leave connections open (a server that could not start
// has Redis and database clients): end now rather than hang looking alive.
if (code !== 0) process.exit(code);
