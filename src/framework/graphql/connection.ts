import { PothosValidationError } from "@pothos/core";
import type { DefaultConnectionArguments } from "@pothos/plugin-relay";
import { type CursorContext, decodeCursor, encodeCursor } from "./cursor.ts";

/** Page sizes of every connection: 20 unless `first`/`last` say otherwise; above 250 is refused. */
export const pageSize = { defaultSize: 20, maxSize: 250 } as const;

/** What a connection asks its source for: one page of rows in the read order, bounded by sort keys. */
export interface KeysetPage {
  /** Read in the reversed order (a `last` page); the connection turns the rows round. */
  backward: boolean;
  /** Only rows strictly after this key in the read order. */
  after?: readonly unknown[];
  /** Only rows strictly before this key in the read order. */
  before?: readonly unknown[];
  /** At most this many rows (one more than the page, to learn whether another page follows). */
  take: number;
}

/** Where a connection's rows come from. */
export interface KeysetSource<T> {
  /** The order rows are read in, as `column:DIR` keys ending with the id; it binds the cursors. */
  order: string;
  /** What the sort key's values depend on (a price context), when they depend on the request: it binds the cursors too. */
  context?: CursorContext;
  load(page: KeysetPage): Promise<{ node: T; key: readonly unknown[] }[]>;
  /** How many rows match, across all pages: run only when `totalCount` is selected. */
  count(): Promise<number>;
}

/** A `first`/`last` above the maximum or below zero is the caller's mistake, not a silent cap. */
function checkSize(name: "first" | "last", value: number | null | undefined): void {
  if (value == null) return;
  if (!Number.isInteger(value) || value < 0 || value > pageSize.maxSize)
    throw new PothosValidationError(`${name} must be between 0 and ${pageSize.maxSize} (got ${value})`);
}

/**
 * Resolves a Relay connection from keyset pages: opaque cursors carry the sort key of their row,
 * so a page starts after its cursor's row whatever was inserted or deleted before it, and deep
 * pages cost what the first does. `totalCount` is a thunk the field runs only when selected.
 */
export async function resolveKeysetConnection<T>(args: DefaultConnectionArguments, source: KeysetSource<T>) {
  checkSize("first", args.first);
  checkSize("last", args.last);
  const after = args.after ? decodeCursor(args.after, source.order, source.context) : undefined;
  const before = args.before ? decodeCursor(args.before, source.order, source.context) : undefined;
  const backward = args.last != null && args.first == null;
  const size = backward ? (args.last ?? 0) : (args.first ?? pageSize.defaultSize);
  const rows = await source.load(
    backward ? { backward, after: before, before: after, take: size + 1 } : { backward, after, before, take: size + 1 },
  );
  const more = rows.length > size;
  let page = rows.slice(0, size);
  if (backward) page.reverse();
  // `first` and `last` together: the last `last` of the first `first`.
  const trimmed = !backward && args.last != null && args.last < page.length;
  if (trimmed) page = page.slice(page.length - (args.last ?? 0));
  const edges = page.map((row) => ({ cursor: encodeCursor(source.order, row.key, source.context), node: row.node }));
  let counted: Promise<number> | undefined;
  return {
    edges,
    pageInfo: {
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
      hasPreviousPage: backward ? more : trimmed || after !== undefined,
      hasNextPage: backward ? before !== undefined : more,
    },
    totalCount: () => {
      counted ??= source.count();
      return counted;
    },
  };
}

/** The `column:DIR` signature of an order that ends with its id, as cursors carry it. */
export function orderSignature(keys: readonly (readonly [string, string])[]): string {
  return keys.map(([key, dir]) => `${key}:${dir.toUpperCase()}`).join(",");
}
