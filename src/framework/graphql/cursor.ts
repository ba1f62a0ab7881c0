import { PothosValidationError } from "@pothos/core";

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
 * An opaque cursor: the row's sort key (the order's values, then the id) and the order it was
 * read in, base64url-encoded. A cursor says nothing about a row's position, so a row inserted
 * between two page fetches neither repeats nor hides another.
 */
export function encodeCursor(order: string, key: readonly unknown[]): string {
  return Buffer.from(JSON.stringify([order, key.map(tag)])).toString("base64url");
}

/** The sort key of a cursor made for `order`; a malformed cursor or one of another order is BAD_USER_INPUT. */
export function decodeCursor(cursor: string, order: string): unknown[] {
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
  return (decoded[1] as Tagged[]).map(untag);
}
