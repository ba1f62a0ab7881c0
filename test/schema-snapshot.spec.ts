import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectPaths } from "../src/framework/paths.ts";
import { readSnapshot, writeSnapshot } from "../src/framework/database/schema-snapshot.ts";

// db:generate diffs against a snapshot of the migrated schema; it must never be used once the
// migrations it stands for have changed (a merge, a hand edit, a new migration).
const work = mkdtempSync(path.join(tmpdir(), "tessera-snapshot-"));
const saved = process.env.TESSERA_SCHEMA_CACHE;
process.env.TESSERA_SCHEMA_CACHE = path.join(work, "cache");
afterAll(() => {
  if (saved === undefined) delete process.env.TESSERA_SCHEMA_CACHE;
  else process.env.TESSERA_SCHEMA_CACHE = saved;
  rmSync(work, { recursive: true, force: true });
});

const root = path.join(work, "shop");
const project = projectPaths(root);
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};
const migration = (name: string, sql: string) => write(path.join(project.migrationsDir, name, "migration.sql"), sql);
write(path.join(project.sourceRoot, "modules", "wishlist", "models.prisma"), "model Wishlist {\n  id String @id\n}\n");
migration("20260101000000_wishlist", 'CREATE TABLE "Wishlist" ("id" TEXT PRIMARY KEY);\n');

describe("the migrated-schema snapshot", () => {
  it("is reused while the migrations are unchanged, and holds the Prisma files of the product and the project", () => {
    expect(readSnapshot(project)).toBeUndefined();
    writeSnapshot(project);
    const snapshot = readSnapshot(project);
    expect(snapshot).toBeDefined();
    expect(existsSync(path.join(snapshot as string, "project", "modules", "wishlist", "models.prisma"))).toBe(true);
    expect(existsSync(path.join(snapshot as string, "product", "framework", "database", "schema.prisma"))).toBe(true);
    expect(readSnapshot(project)).toBe(snapshot);
  });

  it("goes stale when a migration is added, and again when one is edited", () => {
    writeSnapshot(project);
    migration("20260102000000_wishlist_name", 'ALTER TABLE "Wishlist" ADD COLUMN "name" TEXT;\n');
    expect(readSnapshot(project)).toBeUndefined();
    writeSnapshot(project);
    expect(readSnapshot(project)).toBeDefined();
    migration("20260102000000_wishlist_name", 'ALTER TABLE "Wishlist" ADD COLUMN "title" TEXT;\n');
    expect(readSnapshot(project)).toBeUndefined();
  });

  it("is kept apart per project", () => {
    writeSnapshot(project);
    const other = projectPaths(path.join(work, "other-shop"));
    expect(readSnapshot(other)).toBeUndefined();
    expect(readSnapshot(project)).toBeDefined();
  });
});
