import type { Database } from "../database/database.ts";
import { fromDatabaseError } from "../errors/database-errors.ts";
import type { Context } from "./service-factory.ts";

/**
 * Runs writes of several modules' services in one transaction: pass the given `ctx` to every
 * service call inside `fn` (on PGlite, a call without it would wait for the transaction).
 * Database errors come out as TesseraErrors, as from a service's own transaction.
 * @example await withSharedTransaction(db, async (ctx) => { await region.createRegions(data, ctx); await pricing.setPricePreference(pref, ctx) })
 */
export async function withSharedTransaction<T>(db: Database, fn: (ctx: Context) => Promise<T>): Promise<T> {
  try {
    return await db.prisma.$transaction((tx) => fn({ tx }), { timeout: 30_000, maxWait: 30_000 });
  } catch (error) {
    throw fromDatabaseError(error);
  }
}
