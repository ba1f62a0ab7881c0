import { createHash } from "node:crypto";
import { PothosValidationError } from "@pothos/core";
import { GraphQLError } from "graphql";

type Tagged = string | number | boolean | null | { d: string } | { s: string };

// Dates keep their type through JSON; decimals and big integers travel as text.
const tag = (value: unknown): Tagged => {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return { d: value.toISOString() };
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  return { s: String(value) };
};
const untag = (value: Tagged): unknown => {
  if (value !== null && typeof value === "object") return "d" in value ? new Date(value.d) : value.s;
  return value;
};

/**
 * What a sort key's values depend on beyond the row (a price-sorted list's price context): its
 * label for error messages and a short hash of its value, which a cursor carries.
 */
export interface CursorContext {
  label: string;
  hash: string;
}

// Keys sorted at every depth, so the same context always hashes the same.
const stable = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(stable);
  if (value !== null && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, stable(v)]),
    );
  return value;
};

/** The cursor context of a value (a pricing context): a 16-character SHA-256 prefix of its stable JSON. */
export function cursorContext(label: string, value: unknown): CursorContext {
  const hash = createHash("sha256")
    .update(JSON.stringify(stable(value)))
    .digest("base64url")
    .slice(0, 16);
  return { label, hash };
}

/**
 * An opaque cursor: the row's sort key (the order's values, then the id), the order it was read
 * in and, when the sort key depends on a context (a price), that context's hash, base64url-encoded.
 * A cursor says nothing about a row's position, so a row inserted between two page fetches
 * neither repeats nor hides another.
 */
export function encodeCursor(order: string, key: readonly unknown[], context?: CursorContext): string {
  const parts: unknown[] = [order, key.map(tag)];
  if (context) parts.push(context.hash);
  return Buffer.from(JSON.stringify(parts)).toString("base64url");
}

/**
 * The sort key of a cursor made for `order`; a malformed cursor or one of another order is
 * BAD_USER_INPUT, one read in another context than `context` (a price-sorted page under another
 * region, currency or customer group) is INVALID_CURSOR: its values would place it wrongly.
 */
export function decodeCursor(cursor: string, order: string, context?: CursorContext): unknown[] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new PothosValidationError(`Invalid cursor ${JSON.stringify(cursor)}`);
  }
  if (!Array.isArray(decoded) || typeof decoded[0] !== "string" || !Array.isArray(decoded[1]))
    throw new PothosValidationError(`Invalid cursor ${JSON.stringify(cursor)}`);
  // The order names one key per comma; a cursor with another number of values is forged.
  if (decoded[0] === order && decoded[1].length !== order.split(",").length)
    throw new PothosValidationError(`Invalid cursor ${JSON.stringify(cursor)}`);
  if (decoded[0] !== order)
    throw new PothosValidationError("The cursor belongs to another sort order: page with the sort it was read with");
  if ((decoded[2] ?? null) !== (context?.hash ?? null))
    throw new GraphQLError(
      `The cursor was read in another ${context?.label ?? "context"} than this request's: its sort values do not hold here. Page with the context the cursor was read in, or start again without after/before.`,
      { extensions: { code: "INVALID_CURSOR" } },
    );
  return (decoded[1] as Tagged[]).map(untag);
}
