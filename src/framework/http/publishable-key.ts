import type { NextFunction, Request, Response } from "express";
import { TesseraError } from "../errors/tessera-error.ts";
import { PUBLISHABLE_KEY_HEADER, readPublishableKey } from "./credentials.ts";
import type { TesseraRequest } from "./types.ts";

/**
 * Store routes (`/store/*`) need a live publishable key, as in Medusa: it sets
 * `req.publishable_key_context` ({ key, sales_channel_ids }); without one the answer is 400.
 */
export async function ensurePublishableKey(req: Request, _res: Response, next: NextFunction): Promise<void> {
  try {
    const context = await readPublishableKey(req);
    if (!context)
      return next(
        new TesseraError(
          TesseraError.Types.NOT_ALLOWED,
          `A valid publishable key is required in the ${PUBLISHABLE_KEY_HEADER} header`,
        ),
      );
    (req as TesseraRequest).publishable_key_context = context;
    next();
  } catch (error) {
    next(error);
  }
}
