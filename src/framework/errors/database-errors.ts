import { TesseraError } from "./tessera-error.ts";

type KnownRequestError = { code: string; meta?: Record<string, unknown>; message: string };
type DriverCause = { originalCode?: string; code?: string; kind?: string };

function isKnownRequestError(error: unknown): error is KnownRequestError {
  return (
    typeof error === "object" &&
    error !== null &&
    typeof (error as { code?: unknown }).code === "string" &&
    (error as { name?: string }).name === "PrismaClientKnownRequestError"
  );
}

function sqlState(error: unknown): string | undefined {
  const cause = error as { cause?: DriverCause; meta?: { driverAdapterError?: { cause?: DriverCause } } };
  return cause?.meta?.driverAdapterError?.cause?.originalCode ?? cause?.cause?.originalCode ?? cause?.cause?.code;
}

/**
 * Turns what Prisma or the driver threw into a TesseraError when it is something the caller
 * caused (a duplicate value, a dangling reference, a violated check). Anything else is returned
 * unchanged and ends up INTERNAL, with the SQL kept out of the response.
 */
export function fromDatabaseError(error: unknown): unknown {
  if (TesseraError.is(error)) return error;
  const state = sqlState(error);
  const code = isKnownRequestError(error) ? error.code : undefined;
  if (code === "P2002" || state === "23505") {
    const target = (error as KnownRequestError).meta?.target;
    const fields = Array.isArray(target) ? target.join(", ") : typeof target === "string" ? target : undefined;
    return new TesseraError(
      TesseraError.Types.DUPLICATE_ERROR,
      fields ? `A record with the same ${fields} already exists` : "A record with the same unique value already exists",
      { cause: error },
    );
  }
  if (code === "P2003" || state === "23503") {
    return new TesseraError(TesseraError.Types.INVALID_DATA, "A referenced record does not exist", { cause: error });
  }
  if (code === "P2025") {
    return new TesseraError(TesseraError.Types.NOT_FOUND, "The record to change was not found", { cause: error });
  }
  if (state === "23514") {
    return new TesseraError(TesseraError.Types.INVALID_DATA, "A value is out of its allowed range", { cause: error });
  }
  if (state === "54000" || state === "22001" || code === "P2000") {
    // An index entry over PostgreSQL's size limit, or a value longer than its column.
    return new TesseraError(TesseraError.Types.INVALID_DATA, "A value is too long to be stored", { cause: error });
  }
  if (state === "22021" || state === "22P05") {
    return new TesseraError(TesseraError.Types.INVALID_DATA, "A value contains characters that cannot be stored", {
      cause: error,
    });
  }
  if (state === "22P02" || code === "P2023") {
    return new TesseraError(TesseraError.Types.INVALID_DATA, "A value has the wrong format", { cause: error });
  }
  if ((error as { name?: string })?.name === "PrismaClientValidationError") {
    const message =
      String((error as Error).message)
        .split("\n")
        .filter(Boolean)
        .pop() ?? "Invalid input";
    return new TesseraError(TesseraError.Types.INVALID_DATA, message.trim(), { cause: error });
  }
  return error;
}
