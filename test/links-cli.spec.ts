import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../src/framework/paths.ts";

// The CLI works on the checkout it lives in, here on the example project (TESSERA_PROJECT): run
// it in a copy, so removing a link file does not disturb the checkout (or other test files).
let sandbox = "";
// How many links migrations the project ships (grows with every link added to src/links).
let shipped = 0;
const run = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(sandbox, "bin", "tessera.mjs"), ...args], {
    cwd: sandbox,
    encoding: "utf8",
    timeout: 300_000,
    env: { ...process.env, TESSERA_PROJECT: "examples/seed" },
  });
const project = (...parts: string[]) => path.join(sandbox, "examples", "seed", ...parts);
const linkMigrations = () => readdirSync(project("prisma", "migrations")).filter((d) => d.endsWith("_links"));

beforeAll(() => {
  sandbox = mkdtempSync(path.join(tmpdir(), "tessera-links-"));
  for (const entry of [
    "src",
    "prisma",
    "examples",
    "bin",
    "package.json",
    "prisma.config.ts",
    "tessera.config.ts",
    "tsconfig.json",
  ]) {
    // Verbatim: prisma/schema's relative symlinks must point into the sandbox, whose client the CLI regenerates.
    cpSync(path.join(projectRoot, entry), path.join(sandbox, entry), { recursive: true, verbatimSymlinks: true });
  }
  symlinkSync(path.join(projectRoot, "node_modules"), path.join(sandbox, "node_modules"), "dir");
  shipped = linkMigrations().length;
});
afterAll(() => {
  if (sandbox) rmSync(sandbox, { recursive: true, force: true });
});

// Each CLI run imports the links and computes a Prisma diff over the product's and the project's
// migrations (seconds, minutes on a busy machine).
const slow = 600_000;

describe("db:generate links", () => {
  it(
    "has nothing to do when links.prisma matches src/links",
    () => {
      const res = run("db:generate", "links");
      expect(res.stdout).toContain("No changes for links.");
      expect(res.status).toBe(0);
    },
    slow,
  );

  it(
    "refuses to drop a removed link's table without --allow-drop, and db:migrate refuses to run meanwhile",
    () => {
      rmSync(project("src", "links", "product-brand.ts"));
      const before = readFileSync(project("src", "links", "links.prisma"), "utf8");
      const refused = run("db:generate", "links");
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain('DROP TABLE "link_product_brand"');
      expect(refused.stderr).toContain("--allow-drop");
      expect(readFileSync(project("src", "links", "links.prisma"), "utf8")).toBe(before);
      expect(linkMigrations()).toHaveLength(shipped);
      const migrate = run("db:migrate");
      expect(migrate.status).toBe(1);
      expect(migrate.stderr).toContain("links.prisma is out of date");
    },
    slow,
  );

  it(
    "drops it with --allow-drop, in a new migration",
    () => {
      const res = run("db:generate", "links", "--allow-drop");
      expect(res.status).toBe(0);
      expect(res.stdout).toContain("Dropping link table(s): link_product_brand");
      const created = linkMigrations().sort().at(-1) as string;
      expect(linkMigrations()).toHaveLength(shipped + 1);
      expect(readFileSync(project("prisma", "migrations", created, "migration.sql"), "utf8")).toContain(
        'DROP TABLE "link_product_brand"',
      );
      expect(readFileSync(project("src", "links", "links.prisma"), "utf8")).not.toContain("LinkProductBrand");
      expect(existsSync(project("src", "links", "indexes.sql"))).toBe(true);
    },
    slow,
  );
});
