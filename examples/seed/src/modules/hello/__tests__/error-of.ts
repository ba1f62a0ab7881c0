import { TesseraError } from "../../../../../../src/framework/errors/tessera-error.ts";

/** The TesseraError a call rejects with; fails the test when it resolves or throws something else. */
export async function errorOf(promise: Promise<unknown>): Promise<TesseraError> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!TesseraError.is(outcome))
    throw new Error(`expected a TesseraError, got ${outcome === undefined ? "success" : String(outcome)}`);
  return outcome;
}
