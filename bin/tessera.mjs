#!/usr/bin/env node
// The `tessera` command. The framework is TypeScript run through tsx, so no build step is needed.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/framework/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
