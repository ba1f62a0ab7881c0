import { existingMigrationSql, uniqueIndexColumns } from "../database/migration-sql.ts";
import { migrationDirs } from "../paths.ts";
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

let knownIndexes: { dirs: string; columns: Map<string, string[]> } | undefined;

/** The columns of a unique index the migrations create, read from them once per set of migration folders. */
function indexColumns(name: string): string[] | undefined {
  const dirs = migrationDirs();
  if (knownIndexes?.dirs !== dirs.join("\n"))
    knownIndexes = { dirs: dirs.join("\n"), columns: uniqueIndexColumns(existingMigrationSql(dirs)) };
  return knownIndexes.columns.get(name);
}

/**
 * The columns of a violated unique constraint, from the driver's constraint: its fields
 * (pglite-prisma-adapter reads them from the error's detail) or its index name (@prisma/adapter-pg,
 * looked up in the migrations); Prisma 6's `meta.target` too. An expression index
 * (`lower(email::text)`) gives its column (`email`).
 */
function uniqueColumns(error: unknown): string[] {
  type Constraint = { constraint?: { fields?: unknown; index?: unknown } };
  const e = error as {
    meta?: { target?: unknown; driverAdapterError?: { cause?: Constraint } };
    cause?: Constraint;
  };
  const constraint = e.meta?.driverAdapterError?.cause?.constraint ?? e.cause?.constraint;
  const raw =
    e.meta?.target ??
    constraint?.fields ??
    (typeof constraint?.index === "string" ? indexColumns(constraint.index) : undefined);
  const list = Array.isArray(raw) ? raw : typeof raw === "string" ? [raw] : [];
  return list
    .map(
      (f) =>
        String(f)
          .replace(/::[a-z ]+/gi, "")
          .match(/([A-Za-z_][A-Za-z0-9_]*)"?\)*$/)?.[1],
    )
    .filter((f): f is string => Boolean(f));
}

/**
 * The input field a duplicate is about: the constraint's own column, not the columns that scope
 * it to a parent (`product_id`) or to live rows. camelCase, as GraphQL inputs name it.
 */
function inputFieldOf(columns: string[]): string | undefined {
  const own = columns.filter((c) => !c.endsWith("_id") && c !== "deleted_at");
  const column = own.at(-1) ?? columns.at(-1);
  return column?.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
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
    const columns = uniqueColumns(error);
    const field = inputFieldOf(columns);
    return new TesseraError(
      TesseraError.Types.DUPLICATE_ERROR,
      columns.length
        ? `A record with the same ${columns.join(", ")} already exists`
        : "A record with the same unique value already exists",
      { cause: error, ...(field ? { field: [field] } : {}) },
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
