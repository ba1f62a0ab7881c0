import { execFile } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, expect, it } from "vitest";
import { projectRoot } from "../src/framework/paths.ts";

const run = promisify(execFile);

// db:generate writes into a project's migrations: run it in a throwaway copy of the checkout, on
// the example project (its hello module and migrations sit in examples/seed).
const copy = mkdtempSync(path.join(tmpdir(), "tessera-generate-"));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

it(
  "db:generate writes a migration for a changed model of a project, only for that module, into the project's migrations",
  { timeout: 180_000 },
  async () => {
    for (const entry of [
      "src",
      "prisma",
      "examples",
      "bin",
      "package.json",
      "tessera.config.ts",
      "prisma.config.ts",
      "tsconfig.json",
    ]) {
      // Verbatim: prisma/schema's relative symlinks must point into the copy, not the checkout.
      cpSync(path.join(projectRoot, entry), path.join(copy, entry), { recursive: true, verbatimSymlinks: true });
    }
    const migrations = path.join(copy, "examples", "seed", "prisma", "migrations");
    symlinkSync(path.join(projectRoot, "node_modules"), path.join(copy, "node_modules"), "dir");
    const models = path.join(copy, "examples", "seed", "src", "modules", "hello", "models.prisma");
    writeFileSync(
      models,
      readFileSync(models, "utf8").replace(
        "  name       String\n  created_at",
        "  name       String\n  flag       String?\n  created_at",
      ),
    );
    expect(readFileSync(models, "utf8")).toContain("flag       String?");
    const before = new Set(readdirSync(migrations));
    const productMigrations = readdirSync(path.join(copy, "prisma", "migrations"));

    const env = { ...process.env, NODE_ENV: "development", TESSERA_PROJECT: "examples/seed" };
    const { stdout } = await run(process.execPath, ["bin/tessera.mjs", "db:generate", "hello"], { cwd: copy, env });
    expect(stdout).toMatch(/Created examples\/seed\/prisma\/migrations\/\d{14}_hello\/migration\.sql \(1 statements\)/);

    const added = readdirSync(migrations).filter((name) => !before.has(name));
    expect(added).toHaveLength(1);
    expect(readdirSync(path.join(copy, "prisma", "migrations"))).toEqual(productMigrations);
    const sql = readFileSync(path.join(migrations, added[0] as string, "migration.sql"), "utf8");
    expect(sql).toContain(`ALTER TABLE "hello_country" ADD COLUMN     "flag" TEXT;`);
    expect(sql).not.toMatch(/"product"/);
    // The real project is untouched.
    expect(existsSync(path.join(projectRoot, "examples", "seed", "prisma", "migrations", added[0] as string))).toBe(
      false,
    );
  },
);
