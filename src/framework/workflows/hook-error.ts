import { TesseraError } from "../errors/tessera-error.ts";

const HOOK = Symbol.for("tessera.hookError");

/**
 * Marks what a hook handler threw. Project code throws plain `Error`s in hooks (the seed does), and
 * the README promises the mutation answers `userErrors`: the GraphQL layer maps a marked error to
 * a generic NOT_ALLOWED userError naming the hook, never showing the error's own (internal) text.
 * TesseraErrors pass unmarked: their message is meant for the caller.
 */
export function markHookError(error: unknown, hook: string): unknown {
  if (TesseraError.is(error)) return error;
  const marked = error instanceof Error ? error : new Error(String(error));
  Object.defineProperty(marked, HOOK, { value: hook, enumerable: false });
  return marked;
}

/** The hook whose handler threw this error, if a hook did. */
export function hookOf(error: unknown): string | undefined {
  return error instanceof Error ? (error as Error & { [HOOK]?: string })[HOOK] : undefined;
}
