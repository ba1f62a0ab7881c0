// Module hooks for `tessera dev` (registered with node:module's register, so they run on the
// loader thread; plain JavaScript because they load before anything compiles TypeScript).
//
// A reload imports the app again as a new "generation": its entry is imported with
// `?tessera-gen=N`, and every project source file it reaches inherits that query, so Node evaluates a
// fresh copy of the project's modules while packages (node_modules) and the generated Prisma client
// stay loaded once. Every project file loaded is reported once on `port`, as the dev host's own (no
// generation: a change to one needs a new process) or the app's (a change reloads the app).
import { stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";

export const GENERATION = "tessera-gen";

/** @type {{ root: string, port: import("node:worker_threads").MessagePort } | undefined} */
let options;
const reported = new Set();
/** A generation's compiled sources by file, reused while the file's mtime is the same. */
const compiled = new Map();

export function initialize(data) {
  options = data;
}

function report(kind, file) {
  if (reported.has(`${kind}${file}`)) return;
  reported.add(`${kind}${file}`);
  options?.port.postMessage([kind, file]);
}

export async function resolve(specifier, context, nextResolve) {
  const result = await nextResolve(specifier, context);
  if (!options) return result;
  const { url } = result;
  if (!url.startsWith(options.root) || url.includes("/node_modules/") || url.includes("/src/generated/")) return result;
  const resolved = new URL(url);
  const file = `file://${resolved.pathname}`;
  if (resolved.searchParams.has(GENERATION)) {
    report("app", file);
    return result;
  }
  const generation = context.parentURL ? new URL(context.parentURL).searchParams.get(GENERATION) : null;
  report(generation ? "app" : "host", file);
  if (!generation) return result;
  resolved.searchParams.set(GENERATION, generation);
  return { ...result, url: resolved.href };
}

// Each generation would compile every file again (tsx reads its cache, hashes, parses): unchanged
// files answer from memory instead.
export async function load(url, context, nextLoad) {
  if (!url.includes(`${GENERATION}=`)) return nextLoad(url, context);
  const file = fileURLToPath(url);
  const { mtimeMs } = await stat(file);
  const hit = compiled.get(file);
  if (hit?.mtimeMs === mtimeMs) return { ...hit.result, shortCircuit: true };
  const result = await nextLoad(url, context);
  compiled.set(file, { mtimeMs, result });
  return result;
}
