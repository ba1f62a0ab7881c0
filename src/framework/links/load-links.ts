import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { extensionDirs, importCode, sourceRoot } from "../paths.ts";
import type { LinkDefinition } from "./define-link.ts";
import { registerLinks } from "./registry.ts";

/** The product's links; a project's own live in its src/links. */
export const linksDir = path.join(sourceRoot, "links");

function isLink(value: unknown): value is LinkDefinition {
  return typeof value === "object" && value !== null && "entryPoint" in value && "left" in value && "right" in value;
}

/** Imports every `src/links/*.ts` and returns the links they export by default, sorted by entry point. */
export async function importLinkFiles(dir = linksDir): Promise<LinkDefinition[]> {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    .sort();
  const found: LinkDefinition[] = [];
  for (const file of files) {
    const exported = (await importCode(path.join(dir, file))) as { default?: unknown };
    if (!isLink(exported.default)) throw new Error(`src/links/${file} must export default defineLink(...)`);
    if (found.some((l) => l.entryPoint === (exported.default as LinkDefinition).entryPoint)) {
      throw new Error(`src/links/${file}: a second link named ${(exported.default as LinkDefinition).entryPoint}`);
    }
    found.push(exported.default);
  }
  return found.sort((a, b) => a.entryPoint.localeCompare(b.entryPoint));
}

/**
 * Loads the links at start, the product's and the project's. A link to a module the app does
 * not load is left out (with a warning): its fields would point nowhere. Its table stays, as
 * the migrations made it.
 */
export async function loadLinks(
  moduleNames: readonly string[],
  options: { dir?: string; warn?: (message: string) => void } = {},
): Promise<LinkDefinition[]> {
  // The product's folder, then the project's: in sequence, as modules are imported (see graphql/print.ts).
  const files: LinkDefinition[] = [];
  for (const dir of options.dir ? [options.dir] : extensionDirs("links")) files.push(...(await importLinkFiles(dir)));
  const named = new Set<string>();
  for (const link of files) {
    if (named.has(link.entryPoint))
      throw new Error(`A second link named ${link.entryPoint} in the project's src/links`);
    named.add(link.entryPoint);
  }
  const links = files.filter((link) => {
    const missing = [link.left, link.right].find((side) => !moduleNames.includes(side.module));
    if (missing)
      options.warn?.(`Link ${link.entryPoint} is not loaded: module "${missing.module}" is not in the config`);
    return !missing;
  });
  registerLinks(links);
  return links;
}
