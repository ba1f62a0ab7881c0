// Module resolution hooks for `tessera dev` (registered with node:module's register, so they run on
// the loader thread; plain JavaScript because they load before anything compiles TypeScript).
//
// A reload imports the app again as a new "generation": its entry is imported with
// `?tessera-gen=N`, and every project source file it reaches inherits that query, so Node evaluates a
// fresh copy of the project's modules while packages (node_modules) and the generated Prisma client
// stay loaded once. Every project file loaded is reported on `port`, as the dev host's own (no
// generation: a change to one needs a new process) or the app's (a change reloads the app).

export const GENERATION = "tessera-gen";

/** @type {{ root: string, port: import("node:worker_threads").MessagePort } | undefined} */
let options;

export function initialize(data) {
  options = data;
}

export async function resolve(specifier, context, nextResolve) {
  const result = await nextResolve(specifier, context);
  if (!options) return result;
  const { url } = result;
  if (!url.startsWith(options.root) || url.includes("/node_modules/") || url.includes("/src/generated/"))
    return result;
  const resolved = new URL(url);
  const file = `file://${resolved.pathname}`;
  if (resolved.searchParams.has(GENERATION)) {
    options.port.postMessage(["app", file]);
    return result;
  }
  const generation = context.parentURL ? new URL(context.parentURL).searchParams.get(GENERATION) : null;
  options.port.postMessage([generation ? "app" : "host", file]);
  if (!generation) return result;
  resolved.searchParams.set(GENERATION, generation);
  return { ...result, url: resolved.href };
}
