import { offsetForArgs, resolveOffsetConnection, type DefaultConnectionArguments } from "@pothos/plugin-relay";

/** Page sizes of every connection: 20 unless `first`/`last` say otherwise, never above 250. */
export const pageSize = { defaultSize: 20, maxSize: 250 } as const;

/**
 * Resolves a Relay connection from a `load(skip, take)` that also counts. Cursors are opaque
 * offsets, so any sort order pages correctly and `totalCount` comes from the same call.
 */
export async function resolveCountedConnection<T>(
  args: DefaultConnectionArguments,
  load: (page: { skip: number; take: number }) => Promise<[T[], number]>,
) {
  let totalCount = 0;
  const needsCount = args.last != null && args.before == null;
  if (needsCount) {
    // `last` without `before` pages back from the end: the count has to come first.
    const [, count] = await load({ skip: 0, take: 0 });
    totalCount = count;
  }
  const connection = await resolveOffsetConnection(
    { args, ...pageSize, totalCount: needsCount ? totalCount : undefined },
    async ({ offset, limit }) => {
      const [rows, count] = await load({ skip: offset, take: limit });
      totalCount = count;
      return rows;
    },
  );
  return { ...connection, totalCount };
}

export { offsetForArgs };
