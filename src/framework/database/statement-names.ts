import { createHash } from "node:crypto";

/**
 * Names for the statements an app sends again and again, so that each PostgreSQL connection
 * parses them once and, after a few runs, plans them once (a prepared statement's cached plan).
 * Unnamed, every execution is parsed and planned anew: that was over a third of the database's
 * CPU in a checkout (bench/checkout.ts). Prisma's own query engine kept such a statement cache too.
 *
 * A text is named from its second use, so one-off statements (migrations, a rare filter) never
 * take a slot; at most `most` texts are named per process, which bounds what each connection
 * keeps prepared. The name is a hash of the text, so it never stands for two texts. The empty
 * name is PostgreSQL's unnamed statement: parsed for this execution only, as without a namer.
 */
export function statementNamer(most = 300): (query: { sql: string }) => string {
  const named = new Map<string, string>();
  // Texts used once so far. Cleared when it grows large (texts with literals in them would fill
  // it forever); a hot text is seen again soon enough to be named all the same.
  let usedOnce = new Set<string>();
  return ({ sql }) => {
    const name = named.get(sql);
    if (name !== undefined) return name;
    if (named.size >= most) return "";
    if (!usedOnce.has(sql)) {
      if (usedOnce.size >= most * 10) usedOnce = new Set();
      usedOnce.add(sql);
      return "";
    }
    usedOnce.delete(sql);
    const made = `tessera_${createHash("sha256").update(sql).digest("base64url").slice(0, 32)}`;
    named.set(sql, made);
    return made;
  };
}

/**
 * Whether to name statements on this connection string. A pooler in transaction mode (PgBouncer
 * before 1.21) hands each transaction another server connection, where a name prepared on the
 * first one does not exist: such URLs carry `pgbouncer=true`, as Prisma's own convention has it.
 */
export function namesStatements(url: string): boolean {
  try {
    return new URL(url).searchParams.get("pgbouncer") !== "true";
  } catch {
    return true;
  }
}
