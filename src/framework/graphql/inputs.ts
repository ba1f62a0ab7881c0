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

type Given<T> = Exclude<T, null | undefined>;
/** No converters, no clears: every given field is its own column. */
export type NoFields = Record<never, never>;

/**
 * Per input field, how its given value becomes the value of its snake_case column (`rules:
 * toRules`); a converter that answers undefined leaves the column out. Not called for a field the
 * input leaves out or sets to null.
 */
export type Converters<O> = { [K in keyof O]?: (value: Given<O[K]>) => unknown };
/** Per boolean input field, the field whose column it sets to null when true (`moveToRoot: "parentCategoryId"`). */
export type Clears<O> = { [K in keyof O]?: Exclude<keyof O, K> & string };

type Converted<F> = F extends (value: never) => infer R ? Exclude<R, undefined> : never;
type Cleared<O, X> = { [K in keyof X]: X[K] }[keyof X] & keyof O;

/** The row `columnsOf` with `convert` and `clears` makes of an input `O`. */
export type ConvertedColumns<O, C, X> = Columns<O, keyof C | keyof X | Cleared<O, X>> & {
  [K in Exclude<keyof C, Cleared<O, X>> & string as SnakeCase<K>]?: Converted<C[K]>;
} & {
  [K in Cleared<O, X> & string as SnakeCase<K>]?: (K extends keyof C ? Converted<C[K]> : Given<O[K]>) | null;
};

/**
 * A row `R` whose columns in `D` always stand: the given value, else the default (see
 * recordMutations' `defaults`).
 */
export type Defaulted<R, D> = Omit<R, keyof D> & {
  [K in keyof D]: D[K] | (K extends keyof R ? Exclude<R[K], undefined> : never);
};

/**
 * The input's given fields as the workflow's row, in snake_case, each through its converter if it
 * has one, and a cleared field's column null when its flag is set.
 */
export function convertedColumns<O extends Record<string, unknown>, C extends Converters<O>, X extends Clears<O>>(
  input: O,
  convert?: C,
  clears?: X,
): ConvertedColumns<O, C, X> {
  const row: Record<string, unknown> = columnsOf(input, [...Object.keys(convert ?? {}), ...Object.keys(clears ?? {})]);
  for (const [field, to] of Object.entries(convert ?? {}) as [string, (value: unknown) => unknown][]) {
    const value = input[field] == null ? undefined : to(input[field]);
    if (value !== undefined) row[snakeCase(field)] = value;
  }
  for (const [flag, field] of Object.entries(clears ?? {}) as [string, string][])
    if (input[flag]) row[snakeCase(field)] = null;
  return row as ConvertedColumns<O, C, X>;
}
