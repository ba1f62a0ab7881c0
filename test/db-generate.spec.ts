import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, expect, it } from "vitest";
import { projectRoot } from "../src/framework/paths.ts";

const run = promisify(execFile);

// db:generate writes into prisma/migrations: run it in a throwaway copy of the project.
const copy = mkdtempSync(path.join(tmpdir(), "tessera-generate-"));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

it("db:generate writes a migration for a changed model, only for that module", { timeout: 180_000 }, async () => {
  for (const entry of ["src", "prisma", "bin", "package.json", "tessera.config.ts", "prisma.config.ts", "tsconfig.json"]) {
    cpSync(path.join(projectRoot, entry), path.join(copy, entry), { recursive: true });
  }
  symlinkSync(path.join(projectRoot, "node_modules"), path.join(copy, "node_modules"), "dir");
  const models = path.join(copy, "src", "modules", "hello", "models.prisma");
  writeFileSync(models, readFileSync(models, "utf8").replace("  name       String\n  created_at", "  name       String\n  flag       String?\n  created_at"));
  expect(readFileSync(models, "utf8")).toContain("flag       String?");
  const before = new Set(readdirSync(path.join(copy, "prisma", "migrations")));

  const { stdout } = await run(process.execPath, ["bin/tessera.mjs", "db:generate", "hello"], { cwd: copy, env: { ...process.env, NODE_ENV: "development" } });
  expect(stdout).toMatch(/Created prisma\/migrations\/\d{14}_hello\/migration\.sql \(1 statements\)/);

  const added = readdirSync(path.join(copy, "prisma", "migrations")).filter((name) => !before.has(name));
  expect(added).toHaveLength(1);
  const sql = readFileSync(path.join(copy, "prisma", "migrations", added[0] as string, "migration.sql"), "utf8");
  expect(sql).toContain(`ALTER TABLE "hello_country" ADD COLUMN     "flag" TEXT;`);
  expect(sql).not.toMatch(/"product"/);
  // The real project is untouched.
  expect(existsSync(path.join(projectRoot, "prisma", "migrations", added[0] as string))).toBe(false);
});
