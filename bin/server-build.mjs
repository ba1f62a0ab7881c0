// The server's compiled JavaScript: `tessera build` writes it, `tessera start` in production runs it
// without a TypeScript loader (README "The developer's loop: measured"). Plain JavaScript, so that
// checking whether the build is current costs no TypeScript loader either.
//
// The build (`dist/`, or TESSERA_BUILD_DIR) holds the product's and the current project's
// (`TESSERA_PROJECT`) src/ and tessera.config.ts as one ES module; see buildServer.
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { isBuiltin } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The checkout: package.json, node_modules, the product's src/. */
export const checkout = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** The build's manifest: the digest of the sources it was compiled from. */
export const manifestName = "tessera-build.json";
// Bumped when what the build writes changes, so older builds count as stale.
const format = 2;

/** Where the build goes: TESSERA_BUILD_DIR, relative to the checkout, default `dist`. */
export const buildDir = () => path.resolve(checkout, process.env.TESSERA_BUILD_DIR || "dist");

/** A path as the build names it: from the checkout, with forward slashes. */
const fromCheckout = (file) => path.relative(checkout, file).split(path.sep).join("/");

const isSource = (name) =>
  /\.(ts|mts)$/.test(name) && !/\.(d|spec|test)\.m?ts$/.test(name);
// Tests and nested dependencies are no server code;
// test-utils import vitest; generated/gql* are the typed documents of tests and clients.
const skippedDir = new Set(["__tests__", "node_modules", "test-utils", "gql", "gql-seed"]);

function walk(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skippedDir.has(entry.name)) walk(file, out);
    } else if (isSource(entry.name)) out.push(file);
  }
  return out;
}

/** The code files under a project's src/, without its admin extensions (src/admin: Vite builds them into the dashboard). */
const srcFiles = (src) =>
  readdirSync(src, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(src, entry.name);
    if (entry.isDirectory()) return entry.name === "admin" || skippedDir.has(entry.name) ? [] : walk(file, []);
    return isSource(entry.name) ? [file] : [];
  });

/** The project `start` would run (TESSERA_PROJECT, relative to the checkout; the checkout itself when unset). */
const currentProjectRoot = () => path.resolve(checkout, process.env.TESSERA_PROJECT || ".");

/** The TypeScript files the server can import: the product's and the project's src/ and config. */
function sourceFiles(project) {
  const roots = [...new Set([checkout, project])];
  const files = roots.flatMap((root) => {
    const src = path.join(root, "src");
    return existsSync(src) ? srcFiles(src) : [];
  });
  const configs = roots.map((root) => path.join(root, "tessera.config.ts"));
  if (process.env.TESSERA_CONFIG) configs.push(path.resolve(project, process.env.TESSERA_CONFIG));
  for (const config of configs) if (existsSync(config) && !files.includes(config)) files.push(config);
  return files.sort();
}

/** A digest of the source files' names, sizes and modification times (stat only: no file is read). */
function fingerprint(project, files) {
  const hash = createHash("sha256").update(`format ${format}\nproject ${fromCheckout(project)}\n`);
  // The builder itself and the installed dependencies (some are compiled in) count as sources too.
  const lock = path.join(checkout, "package-lock.json");
  for (const file of [fileURLToPath(import.meta.url), ...(existsSync(lock) ? [lock] : []), ...files]) {
    const stat = statSync(file);
    hash.update(`${fromCheckout(file)} ${stat.size} ${stat.mtimeMs}\n`);
  }
  return hash.digest("hex");
}

function readManifest(dir) {
  try {
    return JSON.parse(readFileSync(path.join(dir, manifestName), "utf8"));
  } catch {
    return undefined;
  }
}

/** Whether the build in `dir` is missing or older than the sources (or built for another project). */
export function buildState(dir = buildDir(), project = currentProjectRoot()) {
  const files = sourceFiles(project);
  const digest = fingerprint(project, files);
  const manifest = readManifest(dir);
  return { project, files, digest, fresh: manifest?.digest === digest };
}

// Dependencies are compiled into the server too: Node would otherwise resolve, read and compile
// some 600 files of node_modules one by one at every start (graphql alone is 132, express and its
// helpers about 60), a third of the time to ready. These stay in node_modules: native or WASM code
// and packages that read files beside their own (Prisma, PGlite, argon2, BullMQ's scripts, pino's
// worker transports), pg (Prisma's adapter, itself external, must see the same `pg.Pool`), and the
// build tools the server loads only to build (esbuild, tsx, Vite), and GraphiQL's 9 MB page, read
// only when someone opens it.
const externalPackage =
  /^(@prisma\/[^/]+|\.prisma\/[^/]+|@electric-sql\/[^/]+|pglite-prisma-adapter|@node-rs\/[^/]+|bullmq|ioredis|pino|thread-stream|sonic-boom|pg|pg-[\w-]+|esbuild|tsx|vite|@vitejs\/[^/]+|@graphql-yoga\/render-graphiql|playwright-core|prisma|prisma-migrate)(\/|$)/;

// Prisma's query compiler ships as a module holding its WebAssembly in base64 (`const wasm = "…";
// export { wasm }`), which the generated client decodes. Imported as is, the heap keeps that 2.5 MB
// text twice for good (the module's source, and the exported string). The build writes the decoded
// bytes beside the server instead and compiles in a module exporting them as a Buffer (the client's
// `Buffer.from(wasm, "base64")` copies a Buffer as it is). A module of another shape stays external.
const prismaWasmModule = /^@prisma\/client\/runtime\/([\w.-]+)\.wasm-base64\.mjs$/;
const base64Export = /^const wasm = "([A-Za-z0-9+/=]+)";\s*export \{ wasm \};?\s*$/;

function prismaWasmFile(outDir) {
  return {
    name: "prisma-wasm-file",
    setup(b) {
      b.onResolve({ filter: prismaWasmModule }, (args) => {
        const file = path.join(checkout, "node_modules", args.path);
        const match = existsSync(file) ? base64Export.exec(readFileSync(file, "utf8")) : null;
        if (!match) return undefined;
        const wasmName = `${prismaWasmModule.exec(args.path)[1]}.wasm`;
        mkdirSync(outDir, { recursive: true });
        writeFileSync(path.join(outDir, wasmName), Buffer.from(match[1], "base64"));
        return { path: wasmName, namespace: "prisma-wasm" };
      });
      b.onLoad({ filter: /.*/, namespace: "prisma-wasm" }, (args) => ({
        contents: [
          'import { readFileSync } from "node:fs";',
          `export const wasm = readFileSync(new URL(${JSON.stringify(`./${args.path}`)}, import.meta.url));`,
        ].join("\n"),
        loader: "js",
      }));
    },
  };
}

/** The compiled server's entry module, which `tessera start` imports from the build folder. */
export const entryName = "server.js";

/**
 * Compiles the server into `dir` (atomically: a half-written build is never run): one ES module,
 * `server.js`, holding every source file as a module initialised on first import, in the order the
 * sources import them, and a table of loaders by source path that discovery (`importCode` in
 * src/framework/paths.ts) uses instead of importing the `.ts` file. Discovery still lists the
 * source folders. Dependencies stay in node_modules.
 */
export async function buildServer(dir = buildDir(), state = buildState(dir)) {
  const { build } = await import("esbuild");
  const temp = `${dir}.tmp-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  const entry = [
    `import { useCompiledCode } from ${JSON.stringify(path.join(checkout, "src/framework/paths.ts"))};`,
    "useCompiledCode({",
    ...state.files.map((file) => `  ${JSON.stringify(fromCheckout(file))}: () => import(${JSON.stringify(file)}),`),
    "});",
    `export { main } from ${JSON.stringify(path.join(checkout, "src/framework/cli/main.ts"))};`,
  ].join("\n");
  await build({
    stdin: { contents: entry, resolveDir: checkout, sourcefile: "tessera-server-entry.js", loader: "js" },
    outfile: path.join(temp, entryName),
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // ES-module builds of the compiled-in dependencies; `require` for the CommonJS ones among them.
    mainFields: ["module", "main"],
    banner: { js: 'import { createRequire as tesseraCreateRequire } from "node:module";\nconst require = tesseraCreateRequire(import.meta.url);' },
    sourcemap: "linked",
    // V8 keeps a script's whole source in the heap for as long as any of its functions lives (it
    // compiles functions lazily from it): without whitespace and comments the source is about half
    // the size, and ASCII, so V8 holds it one byte a character (a single `—` in a comment made the
    // 4.4 MB file an 8.3 MiB two-byte string). Names stay, so stack traces still read; the source
    // map beside it maps positions back.
    minifyWhitespace: true,
    logLevel: "warning",
    plugins: [
      prismaWasmFile(temp),
      {
        name: "dependencies",
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, async (args) => {
            if (args.pluginData?.byDependencies) return undefined;
            if (isBuiltin(args.path)) return { external: true };
            if (!externalPackage.test(args.path)) {
              const found = await b.resolve(args.path, {
                kind: args.kind,
                importer: args.importer,
                resolveDir: args.resolveDir,
                pluginData: { byDependencies: true },
              });
              // An optional dependency that is not installed (ws's bufferutil, pg's pg-native) stays
              // a `require` that fails at run time, caught as it would be unbundled.
              return found.errors.length > 0 ? { external: true } : found;
            }
            // A bundler finds `graphql/language/parser` without its extension, Node's ESM loader does not.
            const file = path.join(checkout, "node_modules", args.path);
            const subpath = /^(@[^/]+\/)?[^/]+\/./.test(args.path);
            if (subpath && !existsSync(file) && existsSync(`${file}.js`)) return { path: `${args.path}.js`, external: true };
            return { external: true };
          });
        },
      },
      {
        // The dashboard's code (admin/) is Vite's to build: the server only imports its Vite config
        // when it builds the dashboard, through tsx (src/framework/http/admin.ts).
        name: "admin-outside",
        setup(b) {
          b.onResolve({ filter: /^\./ }, (args) =>
            fromCheckout(path.resolve(args.resolveDir, args.path)).startsWith("admin/") ? { external: true } : undefined,
          );
        },
      },
    ],
    define: { "import.meta.tesseraBuild": JSON.stringify({ checkout: path.relative(dir, checkout) || "." }) },
  });
  writeFileSync(path.join(temp, manifestName), `${JSON.stringify({ digest: state.digest, files: state.files.length }, null, 2)}\n`);
  // A build outside the checkout still resolves the dependencies it imports.
  if (path.relative(checkout, dir).startsWith("..")) symlinkSync(path.join(checkout, "node_modules"), path.join(temp, "node_modules"), "dir");
  mkdirSync(path.dirname(dir), { recursive: true });
  const old = `${dir}.old-${process.pid}`;
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(temp, dir);
  rmSync(old, { recursive: true, force: true });
  return dir;
}

/** The build folder, compiled first when missing or stale. */
export async function ensureServerBuild(log = (message) => console.error(message)) {
  const dir = buildDir();
  const state = buildState(dir);
  if (state.fresh) return dir;
  const started = performance.now();
  await buildServer(dir, state);
  log(`Compiled the server (${state.files.length} files) into ${path.relative(process.cwd(), dir) || "."} in ${Math.round(performance.now() - started)} ms`);
  return dir;
}
