import type { UserErrorShape } from "../api/hooks.ts";

/** A form's values by field name: text for inputs and selects, booleans for checkboxes. */
export type Values = Record<string, string | boolean>;

/** What a create or update returns to the form: the saved record's id, or why it was refused. */
export interface SaveResult {
  id: string | undefined;
  userErrors: readonly UserErrorShape[];
}

/** A payload as every mutation answers it, turned into a SaveResult. */
export const saved = (
  record: { id: string } | null | undefined,
  userErrors: readonly UserErrorShape[],
): SaveResult => ({
  id: record?.id,
  userErrors,
});

/** The trimmed text of a field ("" when blank). */
export const text = (values: Values, name: string): string => {
  const value = values[name];
  return typeof value === "string" ? value.trim() : "";
};

/** The text of a field, or null when blank (an optional input left empty). */
export const optional = (values: Values, name: string): string | null => text(values, name) || null;

/** A checkbox's state. */
export const flag = (values: Values, name: string): boolean => values[name] === true;

/** A `datetime-local` field as an ISO instant, or null when blank. */
export const instant = (values: Values, name: string): string | null => {
  const value = text(values, name);
  return value ? new Date(value).toISOString() : null;
};

/** An ISO instant as a `datetime-local` value in the browser's zone ("" for none). */
export function localDateTime(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** An ISO instant for people ("—" for none). */
export const when = (iso: string | null | undefined): string => (iso ? new Date(iso).toLocaleString() : "—");

/** A fresh idempotency key for one submit. */
export const onceKey = (): string => crypto.randomUUID();
