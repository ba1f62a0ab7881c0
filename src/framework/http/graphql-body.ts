import express, { type ErrorRequestHandler, type RequestHandler } from "express";
import { parserFailure } from "./error-handler.ts";

/**
 * Reads a /graphql request body up to `limit` ("1mb") before Yoga sees it; a larger one answers
 * 413 as soon as its Content-Length (or the bytes read) passes the limit, without parsing.
 */
export function graphqlBodyLimit(limit: string): [RequestHandler, ErrorRequestHandler] {
  const read = express.raw({ type: () => true, limit });
  const refuse: ErrorRequestHandler = (error: unknown, _req, res, next): void => {
    const failure = parserFailure(error);
    if (!failure || res.headersSent) return next(error);
    res.status(failure.status).json({
      errors: [
        {
          message: failure.message,
          extensions: { code: failure.status === 413 ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST", limit },
        },
      ],
    });
  };
  return [read, refuse];
}
