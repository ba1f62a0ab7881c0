import type { NextFunction, Request, Response } from "express";
import { z, type ZodType } from "zod";
import { TesseraError } from "../errors/tessera-error.ts";
import type { TesseraRequest } from "./types.ts";

/** The first zod issue as a TesseraError naming the field. */
export function zodToTesseraError(error: z.ZodError, where: string): TesseraError {
  const issue = error.issues[0];
  const field = issue?.path.map(String) ?? [];
  const label = field.length ? `${where}.${field.join(".")}` : where;
  return new TesseraError(TesseraError.Types.INVALID_DATA, `Invalid ${label}: ${issue?.message ?? "invalid value"}`, {
    field,
  });
}

/** `value` parsed with `schema`, or INVALID_DATA naming the field (`where`: "body", "query"). */
export function parseRequestPart<S extends ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw zodToTesseraError(parsed.error, where);
  return parsed.data;
}

/**
 * Validates `req.body` with a zod schema; the parsed (and transformed) value is `req.validatedBody`.
 * A bad body answers 400 invalid_data.
 * @example { matcher: "/custom", method: "POST", middlewares: [validateAndTransformBody(PostStoreCustomSchema)] }
 */
export function validateAndTransformBody(schema: ZodType) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    const parsed = schema.safeParse(req.body ?? {});
    if (!parsed.success) return next(zodToTesseraError(parsed.error, "body"));
    (req as TesseraRequest).validatedBody = parsed.data;
    next();
  };
}

/** Validates `req.query` with a zod schema (use `z.coerce` for numbers); the result is `req.validatedQuery`. */
export function validateAndTransformQuery(schema: ZodType) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    const parsed = schema.safeParse(req.query);
    if (!parsed.success) return next(zodToTesseraError(parsed.error, "query"));
    (req as TesseraRequest).validatedQuery = parsed.data as Record<string, unknown>;
    next();
  };
}

/** `additionalDataValidator` of a middleware route: checks `req.body.additional_data`. */
export function validateAdditionalData(shape: Record<string, ZodType>) {
  const schema = z.object(shape).strict();
  return (req: Request, _res: Response, next: NextFunction): void => {
    const body = (req.body ?? {}) as { additional_data?: unknown };
    const parsed = schema.safeParse(body.additional_data ?? {});
    if (!parsed.success) return next(zodToTesseraError(parsed.error, "additional_data"));
    (req as TesseraRequest).additional_data = parsed.data;
    next();
  };
}
