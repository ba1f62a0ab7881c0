import express, { type NextFunction, type Request, type Response } from "express";
import type { CompiledMiddlewareRoute } from "./matcher.ts";
import type { BodyParserConfig, TesseraRequest } from "./types.ts";

type Parser = (req: Request, res: Response, next: NextFunction) => void;

/** JSON and form bodies are parsed; anything else sent to a parsing route is a 415. */
const parsedTypes = ["application/json", "application/*+json", "application/x-www-form-urlencoded"];

/**
 * Body parsing for custom routes, configured per matcher (`bodyParser` in defineMiddlewares):
 * JSON up to the size limit (413 over it, 400 when malformed, 415 for other content types);
 * `preserveRawBody` also keeps the bytes in `req.rawBody` and accepts any content type.
 */
export function createBodyParser(routes: readonly CompiledMiddlewareRoute[], defaultLimit: string): Parser {
  const cache = new Map<string, Parser[]>();
  const parsersFor = (config: BodyParserConfig): Parser[] => {
    const limit = config.sizeLimit ?? defaultLimit;
    const key = `${String(limit)}|${config.preserveRawBody ? 1 : 0}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const verify = config.preserveRawBody
      ? (req: Request, _res: Response, buf: Buffer) => {
          (req as TesseraRequest).rawBody = buf;
        }
      : undefined;
    const parsers: Parser[] = [express.json({ limit, verify }), express.urlencoded({ limit, extended: true, verify })];
    if (config.preserveRawBody) parsers.push(express.raw({ limit, type: () => true, verify }));
    cache.set(key, parsers);
    return parsers;
  };
  return (req, res, next) => {
    const matching = routes.filter((r) => r.bodyParser !== undefined && r.test(req.path, req.method));
    if (matching.some((r) => r.bodyParser === false)) return next();
    const config: BodyParserConfig = Object.assign({}, ...matching.map((r) => r.bodyParser));
    if (hasBody(req) && !config.preserveRawBody && !req.is(parsedTypes)) {
      return next(
        new HttpError(
          415,
          "unsupported_media_type",
          `Content type ${req.headers["content-type"] ?? "(none)"} is not supported; send application/json`,
        ),
      );
    }
    const parsers = parsersFor(config);
    const run = (index: number): void => {
      const parser = parsers[index];
      if (!parser) return next();
      parser(req, res, (err?: unknown) => (err ? next(err) : run(index + 1)));
    };
    run(0);
  };
}

/** A transport-level failure (413, 415) that is not a TesseraError type. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

function hasBody(req: Request): boolean {
  return req.headers["transfer-encoding"] !== undefined || Number(req.headers["content-length"] ?? 0) > 0;
}
