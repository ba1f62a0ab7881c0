/**
 * The one error type of the framework. `type` says what went wrong in terms a caller can act on;
 * the tables below map it to an HTTP status and to a GraphQL `extensions.code`.
 *
 * @example throw new TesseraError(TesseraError.Types.NOT_FOUND, `Product with id ${id} was not found`)
 */
export const ErrorTypes = {
  /** The record does not exist (or is soft-deleted). */
  NOT_FOUND: "not_found",
  /** The input is malformed or breaks a rule the caller can fix. */
  INVALID_DATA: "invalid_data",
  /** The operation is not allowed in the record's current state. */
  NOT_ALLOWED: "not_allowed",
  /** No valid credentials were presented. */
  UNAUTHORIZED: "unauthorized",
  /** Credentials were presented but do not grant this. */
  FORBIDDEN: "forbidden",
  /** The write conflicts with another record or a concurrent write. */
  CONFLICT: "conflict",
  /** A unique value (handle, sku, email) is already taken. */
  DUPLICATE_ERROR: "duplicate_error",
  /** The system reached a state it should not; a bug or a broken invariant. */
  UNEXPECTED_STATE: "unexpected_state",
  /** A dependency (Redis, the database) is down: the same request may succeed later. */
  UNAVAILABLE: "unavailable",
  /** Too many failed attempts (logins): `details.retryAfter` says how many seconds to wait. */
  TOO_MANY_REQUESTS: "too_many_requests",
  /** An API key was presented (publishable or secret) that is unknown or revoked: `details.header` names where. */
  INVALID_API_KEY: "invalid_api_key",
  /** A bearer token was presented that is malformed, expired or names an actor that no longer exists. */
  INVALID_TOKEN: "invalid_token",
} as const;

export type ErrorType = (typeof ErrorTypes)[keyof typeof ErrorTypes];

/** GraphQL `extensions.code` per error type; also the `code` of a payload's `userErrors`. */
export const graphqlCodeByType: Record<ErrorType, string> = {
  not_found: "NOT_FOUND",
  invalid_data: "INVALID_DATA",
  not_allowed: "NOT_ALLOWED",
  unauthorized: "UNAUTHENTICATED",
  forbidden: "FORBIDDEN",
  conflict: "CONFLICT",
  duplicate_error: "DUPLICATE",
  unexpected_state: "INTERNAL",
  unavailable: "SERVICE_UNAVAILABLE",
  too_many_requests: "TOO_MANY_REQUESTS",
  invalid_api_key: "INVALID_API_KEY",
  invalid_token: "INVALID_TOKEN",
};

/** HTTP status per error type, for custom routes. */
export const httpStatusByType: Record<ErrorType, number> = {
  not_found: 404,
  invalid_data: 400,
  not_allowed: 400,
  unauthorized: 401,
  forbidden: 403,
  conflict: 409,
  duplicate_error: 422,
  unexpected_state: 500,
  unavailable: 503,
  too_many_requests: 429,
  invalid_api_key: 401,
  invalid_token: 401,
};

export class TesseraError extends Error {
  static readonly Types = ErrorTypes;
  readonly type: ErrorType;
  /** The input field the error is about, as a path (`["input", "title"]`), when there is one. */
  readonly field?: string[];
  /**
   * A finer code for `userErrors` than the type's (`PROMOTION_CODE_EXPIRED` beside INVALID_DATA),
   * so a storefront can tell failures apart without reading messages. Default: the type's code.
   */
  readonly code?: string;
  /** What a caller needs to act (`header`, `retryAfter`): GraphQL `extensions` beside `code`. */
  readonly details?: Record<string, string | number>;

  constructor(
    type: ErrorType,
    message: string,
    options: { field?: string[]; cause?: unknown; code?: string; details?: Record<string, string | number> } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "TesseraError";
    this.type = type;
    this.field = options.field;
    if (options.code) this.code = options.code;
    this.details = options.details;
  }

  static is(error: unknown): error is TesseraError {
    return error instanceof TesseraError;
  }
}

/**
 * Errors a caller can fix by changing the input: they become `userErrors` in mutation payloads.
 * NOT_FOUND is not one of them: an unknown id is a GraphQL error, as are auth failures.
 */
export const userFixableTypes: ReadonlySet<ErrorType> = new Set<ErrorType>([
  "invalid_data",
  "not_allowed",
  "conflict",
  "duplicate_error",
]);
