// The CPU a PostgreSQL database's backends spent, read from /proc: the bench knows what a cart
// costs the server, and this says what it costs the database, so the two together say how many
// carts the machine's cores could complete if nothing else ran. Only for a server on this machine
// (a remote one's pids are not ours to read): then it answers null.
import pg from "pg";
import { cpuTime } from "./server.ts";

/** Sums the CPU ms of the backends connected to `url`'s database at each call. */
export async function databaseCpu(
  url: string,
): Promise<{ sample: () => Promise<number | null>; close: () => Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // Backends come and go with the pool, so each sample remembers every backend it has seen and
  // keeps the last CPU time it read for one that has since exited.
  const seen = new Map<number, number>();
  return {
    sample: async () => {
      const { rows } = await client.query<{ pid: number }>(
        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
      );
      for (const { pid } of rows) {
        const ms = cpuTime(pid);
        if (ms === null) return null;
        seen.set(pid, ms);
      }
      return [...seen.values()].reduce((a, b) => a + b, 0);
    },
    close: () => client.end(),
  };
}
