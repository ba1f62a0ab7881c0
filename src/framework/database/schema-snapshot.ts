import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { migrationDirs, projectRoot, sourceRoot, type ProjectPaths } from "../paths.ts";

/**
 * The migrated schema, kept as the Prisma files it is equivalent to, so `db:generate` diffs two
 * datamodels instead of replaying every migration into a fresh database. It is keyed by the
 * migrations' contents: any added, removed or edited migration (a merge, a hand edit) makes it
 * stale, and the next diff replays the migrations again. It is written only when the migrations
 * and the Prisma files are known to match: a replay found nothing pending, or a migration was just
 * written with every pending change.
 */
const cacheRoot = () =>
  process.env.TESSERA_SCHEMA_CACHE ?? path.join(projectRoot, "node_modules", ".cache", "tessera", "schema-snapshot");

const hash = (text: string) => createHash("sha256").update(text).digest("hex");

/** A fingerprint of every migration the project replays, in replay order. */
export function migrationsKey(project: ProjectPaths): string {
  const digest = createHash("sha256");
  for (const dir of migrationDirs(project)) {
    digest.update(`dir ${path.relative(projectRoot, dir)}\n`);
    for (const name of existsSync(dir) ? readdirSync(dir).sort() : []) {
      const file = path.join(dir, name, "migration.sql");
      if (existsSync(file)) digest.update(`${name}\n${hash(readFileSync(file, "utf8"))}\n`);
    }
  }
  return digest.digest("hex");
}

const snapshotHome = (project: ProjectPaths) => path.join(cacheRoot(), hash(project.root).slice(0, 16));

/** The snapshot's schema folder when it matches the migrations as they are now. */
export function readSnapshot(project: ProjectPaths, key = migrationsKey(project)): string | undefined {
  const home = snapshotHome(project);
  const keyFile = path.join(home, "key");
  if (!existsSync(keyFile) || readFileSync(keyFile, "utf8") !== key) return undefined;
  return path.join(home, "schema");
}

/** The folders whose .prisma files make the project's datamodel (the product's, then the project's). */
function schemaRoots(project: ProjectPaths): Record<string, string> {
  return project.isProduct ? { product: sourceRoot } : { product: sourceRoot, project: project.sourceRoot };
}

/** The .prisma files under a folder, relative to it, in a stable order (what the Prisma CLI reads). */
export function prismaFiles(root: string, dir = root): string[] {
  const found: string[] = [];
  for (const name of existsSync(dir) ? readdirSync(dir).sort() : []) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) {
      if (name !== "node_modules" && !name.startsWith(".")) found.push(...prismaFiles(root, file));
    } else if (name.endsWith(".prisma")) found.push(path.relative(root, file));
  }
  return found;
}

/** Copies the .prisma files under `from` (symlinks followed) to the same paths under `to`. */
export function copyPrismaFiles(from: string, to: string): void {
  for (const file of prismaFiles(from)) {
    mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    cpSync(path.join(from, file), path.join(to, file));
  }
}

/**
 * True when the project's Prisma files are byte for byte the snapshot's: the migrated schema, so
 * nothing is pending and `db:generate`/`db:check` answer without starting the Prisma CLI.
 */
export function snapshotUnchanged(project: ProjectPaths, snapshot: string): boolean {
  for (const [name, root] of Object.entries(schemaRoots(project))) {
    const current = prismaFiles(root);
    const taken = prismaFiles(path.join(snapshot, name));
    if (current.join("\n") !== taken.join("\n")) return false;
    for (const file of current)
      if (!readFileSync(path.join(root, file)).equals(readFileSync(path.join(snapshot, name, file)))) return false;
  }
  return readdirSync(snapshot).length === Object.keys(schemaRoots(project)).length;
}

/** Records the current Prisma files as the migrated schema for `key` (written aside, then swapped in). */
export function writeSnapshot(project: ProjectPaths, key = migrationsKey(project)): void {
  const home = snapshotHome(project);
  const next = `${home}.${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  for (const [name, root] of Object.entries(schemaRoots(project)))
    copyPrismaFiles(root, path.join(next, "schema", name));
  writeFileSync(path.join(next, "key"), key);
  rmSync(home, { recursive: true, force: true });
  mkdirSync(path.dirname(home), { recursive: true });
  renameSync(next, home);
}
