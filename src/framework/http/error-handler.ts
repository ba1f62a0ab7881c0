import type { NextFunction, Request, Response } from "express";
import { fromDatabaseError } from "../errors/database-errors.ts";
import { TesseraError, httpStatusByType } from "../errors/tessera-error.ts";
import type { Logger } from "../logger.ts";
import { HttpError } from "./body-parser.ts";

/** What body-parser attaches to the errors it raises. */
interface ParserError {
  type?: string;
  status?: number;
}

/** What a body that could not be read answers (413 too large, 400 malformed, 415 encoding), or null for other errors. */
export function parserFailure(error: unknown): { status: number; type: string; message: string } | null {
  if (typeof error !== "object" || error === null) return null;
  const { type, status } = error as ParserError;
  if (type === "entity.parse.failed")
    return { status: 400, type: "invalid_data", message: "The request body is not valid JSON" };
  if (type === "entity.too.large")
    return { status: 413, type: "payload_too_large", message: "The request body is too large" };
  if (type === "encoding.unsupported" || type === "charset.unsupported")
    return { status: 415, type: "unsupported_media_type", message: "Unsupported body encoding" };
  if (typeof status === "number" && status >= 400 && status < 500 && typeof type === "string")
    return { status, type: "invalid_data", message: "The request body could not be read" };
  return null;
}

/**
 * The default error handler of custom routes: a TesseraError answers its type's status with
 * `{ type, message }`; body problems 400/413/415; anything else 500 with a generic message
 * (logged in full, never sent).
 */
export function createErrorHandler(logger: Logger) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction): void => {
    const err = fromDatabaseError(error);
    if (res.headersSent) {
      res.end();
      return;
    }
    if (TesseraError.is(err)) {
      // The caller's mistakes are logged at info with their type; only our own failures are errors.
      if (err.type === "unexpected_state") logger.error({ err }, "unexpected state in HTTP route");
      else logger.info({ type: err.type, path: req.path, message: err.message }, "HTTP request refused");
      const message = err.type === "unexpected_state" ? "An unexpected error occurred" : err.message;
      res.status(httpStatusByType[err.type]).json({ type: err.type, message });
      return;
    }
    if (err instanceof HttpError) {
      res.status(err.status).json({ type: err.type, message: err.message });
      return;
    }
    const parser = parserFailure(err);
    if (parser) {
      res.status(parser.status).json({ type: parser.type, message: parser.message });
      return;
    }
    logger.error({ err }, "unhandled error in HTTP route");
    res.status(500).json({ type: "unexpected_state", message: "An unexpected error occurred" });
  };
}

/**
 * Medusa's `errorHandler()`: the default handler, for an `errorHandler` override to fall back to.
 * Without a logger it uses the request scope's.
 * @example
 * const originalErrorHandler = errorHandler()
 * export default defineMiddlewares({ errorHandler: (error, req, res, next) => {
 *   if (isMine(error)) return res.status(400).json({ error: "Something happened." })
 *   return originalErrorHandler(error, req, res, next)
 * } })
 */
export function errorHandler(logger?: Logger) {
  return (error: unknown, req: Request, res: Response, next: NextFunction): void => {
    const scope = (req as Request & { scope?: { resolve(key: "logger"): Logger } }).scope;
    const log = logger ?? scope?.resolve("logger");
    if (!log) throw new Error("errorHandler(): pass a logger, or call it on a request with a scope");
    createErrorHandler(log)(error, req, res, next);
  };
}
