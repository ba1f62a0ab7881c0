// The user-facing HTTP API: what `src/api/**/route.ts` and `src/api/middlewares.ts` import.
export { defineMiddlewares } from "./define-middlewares.ts";
export { authenticate, type AuthenticateOptions } from "./authenticate.ts";
export { validateAndTransformBody, validateAndTransformQuery } from "./validators.ts";
export { parseCorsOrigins } from "./cors.ts";
export { errorHandler } from "./error-handler.ts";
export { PUBLISHABLE_KEY_HEADER, type AuthMethod } from "./credentials.ts";
export type {
  AuthContext,
  AuthenticatedMedusaRequest,
  AuthenticatedTesseraRequest,
  BodyParserConfig,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
  MiddlewaresConfig,
  ModuleRoute,
  PublishableKeyContext,
  RouteHandler,
  TesseraErrorHandler,
  TesseraMiddleware,
  TesseraNextFunction,
  TesseraRequest,
  TesseraResponse,
} from "./types.ts";
