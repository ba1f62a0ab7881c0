import { z } from "zod";
import { TesseraError } from "../errors/tessera-error.ts";

/**
 * Validates a mutation input with zod; the first problem becomes an INVALID_DATA error whose
 * `field` is the path inside the input (it reaches the payload's `userErrors`).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String) ?? [];
  throw new TesseraError(
    TesseraError.Types.INVALID_DATA,
    `${field.join(".") || "input"}: ${issue?.message ?? "is invalid"}`,
    { field },
  );
}

/** Drops keys whose value is null or undefined: GraphQL's "not given" for optional updates. */
export function definedOnly<T extends Record<string, unknown>>(value: T): { [K in keyof T]?: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], null>;
  };
}

/** Common zod pieces for inputs. */
export const fields = {
  title: z.string().trim().min(1, "must not be empty").max(500),
  handle: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens"),
  rank: z.number().int().min(0, "must not be negative"),
  nonNegativeInt: z.number().int().min(0, "must not be negative"),
  url: z.string().url("must be a URL"),
};

type SnakeCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Uppercase<Head> ? (Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`) : Head}${SnakeCase<Tail>}`
  : S;

/** camelCase → snake_case: a GraphQL input field's name as the module's column. */
export const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/**
 * The given (not null, not undefined) fields of a parsed input as the module's snake_case columns,
 * leaving out `omit` (fields that are not columns: ids, relations, workflow fields).
 */
export type Columns<T, K extends PropertyKey = never> = {
  [P in Exclude<keyof T, K | "idempotencyKey" | "additionalData"> as undefined extends T[P]
    ? never
    : null extends T[P]
      ? never
      : SnakeCase<P & string>]: T[P];
} & {
  [P in Exclude<keyof T, K | "idempotencyKey" | "additionalData"> as undefined extends T[P]
    ? SnakeCase<P & string>
    : null extends T[P]
      ? SnakeCase<P & string>
      : never]?: Exclude<T[P], null>;
};

export function columnsOf<T extends Record<string, unknown>, K extends keyof T = never>(
  input: T,
  omit: readonly K[] = [],
): Columns<T, K> {
  const skip = new Set<PropertyKey>([...omit, "idempotencyKey", "additionalData"]);
  return Object.fromEntries(
    Object.entries(input)
      .filter(([key, value]) => !skip.has(key) && value !== null && value !== undefined)
      .map(([key, value]) => [snakeCase(key), value]),
  ) as never;
}

/**
 * An optional relation or column an update sets, clears or leaves: `{ [column]: null }` when
 * `clear` is set, `{ [column]: value }` when a value is given, nothing otherwise.
 * @example ...setOrClear("parent_category_id", input.parentCategoryId, input.moveToRoot)
 */
export function setOrClear<const K extends string, V>(
  column: K,
  value: V | null | undefined,
  clear: boolean | null | undefined,
): { [P in K]?: V | null } {
  if (clear) return { [column]: null } as { [P in K]: null };
  return (value == null ? {} : { [column]: value }) as { [P in K]?: V };
}
