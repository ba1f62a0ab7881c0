import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { TesseraError } from "../errors/tessera-error.ts";

/** What the lock file records about its owner. */
interface LockOwner {
  pid: number;
  command: string;
  since: string;
}

/** Lock files this process holds, so a second open in the same process is refused too. */
const held = new Set<string>();

/** The lock file beside a data directory (not inside: PGlite initialises only an empty directory). */
export const lockFileOf = (dir: string) => `${path.resolve(dir)}.lock`;

function readOwner(file: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(file, "utf8")) as Partial<LockOwner>;
    return typeof owner.pid === "number"
      ? { pid: owner.pid, command: String(owner.command ?? "?"), since: String(owner.since ?? "?") }
      : null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A lock left by a process that is gone; our own pid counts as gone unless this process holds it (a restarted container reuses pid 1). */
function stale(file: string, owner: LockOwner | null): boolean {
  if (!owner) return true;
  if (owner.pid === process.pid) return !held.has(file);
  return !alive(owner.pid);
}

function refusal(dir: string, owner: LockOwner | null): TesseraError {
  const who = owner ? `process ${owner.pid} (${owner.command}, since ${owner.since})` : "another process";
  return new TesseraError(
    TesseraError.Types.CONFLICT,
    `The embedded database in ${dir} is in use by ${who}. PGlite allows one process per data directory: ` +
      "a second one would corrupt it. Stop that process first (then run this again), or run both on PostgreSQL with DATABASE_URL.",
  );
}

/**
 * Takes the data directory for this process alone, or throws a CONFLICT naming the process that
 * has it. The lock is a file holding the owner's pid, created atomically (a hard link of a file
 * already written); one whose owner is gone (killed, crashed) is taken over. Returns the release.
 */
export function lockDataDir(dir: string): () => void {
  const file = lockFileOf(dir);
  const me: LockOwner = {
    pid: process.pid,
    command: path.basename(process.argv[1] ?? "node") + (process.argv[2] ? ` ${process.argv[2]}` : ""),
    since: new Date().toISOString(),
  };
  const draft = `${file}.${process.pid}.${Date.now()}`;
  writeFileSync(draft, JSON.stringify(me));
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        linkSync(draft, file);
        held.add(file);
        const release = () => {
          if (!held.delete(file)) return;
          process.off("exit", release);
          if (readOwner(file)?.pid === process.pid) unlinkSync(file);
        };
        // A process that ends without closing the database still gives the directory back.
        process.on("exit", release);
        return release;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const owner = readOwner(file);
      if (!stale(file, owner)) throw refusal(dir, owner);
      // Move the stale lock aside and look at what was moved: when another process took it over
      // in between, the file moved is that process's fresh lock, and it goes back.
      const moved = `${draft}.stale`;
      try {
        renameSync(file, moved);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") continue;
        throw error;
      }
      const movedOwner = readOwner(moved);
      if (movedOwner && !stale(file, movedOwner)) {
        renameSync(moved, file);
        throw refusal(dir, movedOwner);
      }
      unlinkSync(moved);
    }
    throw refusal(dir, readOwner(file));
  } finally {
    unlinkSync(draft);
  }
}
