import { Prisma } from "../../generated/prisma/client.ts";
import type { Database } from "../../framework/database/database.ts";
import type { EventOutboxStore, OutboxEntry } from "../../framework/events/outbox.ts";
import type { EventMessage } from "../../framework/events/types.ts";
import { monotonicFactory } from "ulid";
import { pooledRandom } from "../../framework/crypto/pooled-random.ts";

// Monotonic ULIDs: ids made in the same millisecond still increase, so ordering by id is ordering by
// emit, also for the events of one emit call (plain ULIDs order those at random).
const nextUlid = monotonicFactory(pooledRandom);

type Row = { id: string; name: string; data: unknown; metadata: unknown };

const json = (value: unknown) =>
  value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);

/**
 * The INSERT of events into the outbox, each with its new id, all in one statement whatever their
 * number (jsonb_to_recordset); `releasedAt` is NULL for held ones.
 */
function insertEvents(events: EventMessage[], groupId: string | null, releasedAt: Prisma.Sql): Prisma.Sql {
  const rows = JSON.stringify(
    events.map((event) => ({
      id: `evout_${nextUlid()}`,
      name: event.name,
      data: json(event.data) ?? null,
      metadata: json(event.metadata) ?? null,
    })),
  );
  return Prisma.sql`
    INSERT INTO event_outbox (id, group_id, name, data, metadata, released_at, created_at, updated_at)
    SELECT e.id, ${groupId}, e.name, e.data, e.metadata, ${releasedAt}, now(), now()
    FROM jsonb_to_recordset(${rows}::jsonb) AS e(id text, name text, data jsonb, metadata jsonb)`;
}

/** The `event_outbox` table. */
export class PrismaOutboxStore implements EventOutboxStore {
  constructor(private readonly db: Database) {}

  // Writes on a request's path are single raw statements: Prisma's createMany, updateMany and
  // deleteMany each wrap theirs in a transaction, a COMMIT more per call.

  async addToOutbox(events: EventMessage[], groupId?: string): Promise<void> {
    if (!events.length) return;
    await this.db.prisma.$executeRaw(
      insertEvents(events, groupId ?? null, Prisma.sql`${groupId ? null : new Date()}::timestamptz`),
    );
  }

  async releaseOutboxGroup(groupId: string, events: EventMessage[] = []): Promise<number> {
    if (!events.length)
      return this.db.prisma.$executeRaw`
        UPDATE event_outbox SET released_at = now(), updated_at = now() WHERE group_id = ${groupId} AND released_at IS NULL`;
    // The held rows released and the new ones written released, in one statement (one transaction:
    // a crash leaves both or neither). The UPDATE sees the table as it was, without the new rows.
    const [row] = await this.db.prisma.$queryRaw<{ n: number }[]>`
      WITH released AS (
        UPDATE event_outbox SET released_at = now(), updated_at = now()
        WHERE group_id = ${groupId} AND released_at IS NULL RETURNING 1),
      added AS (${insertEvents(events, groupId, Prisma.sql`now()`)} RETURNING 1)
      SELECT ((SELECT count(*) FROM released) + (SELECT count(*) FROM added))::int AS n`;
    return row?.n ?? 0;
  }

  async clearOutboxGroup(groupId: string): Promise<void> {
    await this.db.prisma.$executeRaw`DELETE FROM event_outbox WHERE group_id = ${groupId} AND released_at IS NULL`;
  }

  async claimOutbox(limit: number, redeliverBefore: Date): Promise<OutboxEntry[]> {
    // SKIP LOCKED: relays in several processes take disjoint rows without waiting on each other.
    const rows = await this.db.prisma.$queryRaw<Row[]>`
      UPDATE event_outbox SET relayed_at = now(), updated_at = now()
      WHERE id IN (
        SELECT id FROM event_outbox
        WHERE released_at IS NOT NULL AND (relayed_at IS NULL OR relayed_at < ${redeliverBefore})
        ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED)
      RETURNING id, name, data, metadata`;
    return rows
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((row) => ({
        id: row.id,
        event: {
          name: row.name,
          data: row.data ?? null,
          ...(row.metadata ? { metadata: row.metadata as Record<string, unknown> } : {}),
        },
      }));
  }

  async unclaimOutbox(ids: string[]): Promise<void> {
    if (ids.length)
      await this.db.prisma.$executeRaw`
        UPDATE event_outbox SET relayed_at = NULL, updated_at = now() WHERE id = ANY(${ids}::text[])`;
  }

  async removeFromOutbox(ids: string[]): Promise<void> {
    if (ids.length) await this.db.prisma.$executeRaw`DELETE FROM event_outbox WHERE id = ANY(${ids}::text[])`;
  }

  countReleasedInOutbox(): Promise<number> {
    return this.db.prisma.eventOutbox.count({ where: { released_at: { not: null } } });
  }
}
