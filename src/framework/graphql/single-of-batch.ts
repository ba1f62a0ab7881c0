import { TesseraError } from "../errors/tessera-error.ts";

/**
 * Runs a batch service method called with one item from a mutation: batch methods report fields
 * by position (`["0", "amount"]`), the mutation's input has no position (`["amount"]`).
 */
export async function singleOfBatch<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (TesseraError.is(error) && error.field?.[0] === "0") {
      throw new TesseraError(error.type, error.message, {
        field: error.field.slice(1),
        cause: error,
        code: error.code,
        details: error.details,
      });
    }
    throw error;
  }
}
