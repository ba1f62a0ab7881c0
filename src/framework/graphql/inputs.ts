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
