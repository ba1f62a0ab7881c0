import type { NextFunction, Request, RequestHandler, Response } from "express";
import type { ZodType } from "zod";
import type { TesseraContainer } from "../container/container.ts";

/** Who an authenticated request comes from (Medusa's `req.auth_context`). */
export interface AuthContext {
  /** The actor's id (`user_…`, `cus_…`, an API key's id); "" while the identity has no actor yet. */
  actor_id: string;
  /** `user`, `customer`, `api-key` or a custom actor type such as `manager`. */
  actor_type: string;
  /** The auth identity behind the actor; "" for secret API keys. */
  auth_identity_id: string;
  /** What the auth identity carries: `user_id`, `customer_id`, `manager_id`… */
  app_metadata: Record<string, unknown>;
}

/** The publishable key a store request carries and the sales channels it is scoped to. */
export interface PublishableKeyContext {
  key: string;
  sales_channel_ids: string[];
}

/** A custom route's request: Express's, plus the container scope and what middlewares add. */
export interface TesseraRequest<Body = unknown, Query = Record<string, unknown>> extends Request {
  body: Body;
  /** The request's container scope: `req.scope.resolve("product")`. */
  scope: TesseraContainer;
  /** The body as `validateAndTransformBody` parsed it. */
  validatedBody: Body;
  /** The query as `validateAndTransformQuery` parsed it. */
  validatedQuery: Query;
  /** The unparsed body, on routes whose `bodyParser.preserveRawBody` is true. */
  rawBody?: Buffer;
  auth_context?: AuthContext;
  publishable_key_context?: PublishableKeyContext;
  /** `additional_data` of the body, validated by the route's `additionalDataValidator`. */
  additional_data?: Record<string, unknown>;
}

/** A request that passed `authenticate(...)`: `auth_context` is set. */
export interface AuthenticatedTesseraRequest<Body = unknown, Query = Record<string, unknown>>
  extends TesseraRequest<Body, Query> {
  auth_context: AuthContext;
}

export type TesseraResponse = Response;
export type TesseraNextFunction = NextFunction;

/** A route handler exported from `src/api/**\/route.ts` as GET, POST, PUT, PATCH or DELETE. */
export type RouteHandler = (req: TesseraRequest<never, never>, res: TesseraResponse) => unknown | Promise<unknown>;
export type TesseraMiddleware = (
  req: TesseraRequest<never, never>,
  res: TesseraResponse,
  next: TesseraNextFunction,
) => unknown;
export type TesseraErrorHandler = (
  error: unknown,
  req: TesseraRequest,
  res: TesseraResponse,
  next: TesseraNextFunction,
) => unknown;

export const httpMethods = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"] as const;
export type HttpMethod = (typeof httpMethods)[number];

/** Body parsing of the routes a matcher selects. `false` turns parsing off. */
export interface BodyParserConfig {
  /** Keep the unparsed bytes in `req.rawBody` (webhook signatures). Default false. */
  preserveRawBody?: boolean;
  /** The largest body accepted, e.g. "2mb". Default: `projectConfig.http.bodyLimit`. */
  sizeLimit?: string | number;
}

/** One entry of `defineMiddlewares({ routes })`. */
export interface MiddlewareRoute {
  /** A path pattern: "/custom", "/custom*" (prefix), "/custom/:id", or a RegExp. */
  matcher: string | RegExp;
  /** Only these methods. Default: all. */
  method?: HttpMethod | HttpMethod[];
  middlewares?: TesseraMiddleware[];
  bodyParser?: BodyParserConfig | false;
  /** A zod shape for `req.body.additional_data`; the parsed value lands in `req.additional_data`. */
  additionalDataValidator?: Record<string, ZodType>;
}

export interface MiddlewaresConfig {
  routes?: MiddlewareRoute[];
  /** Replaces the default error handler of custom routes. */
  errorHandler?: TesseraErrorHandler;
}

/** A route contributed by a module (its `routes.ts`), mounted like a file route. */
export interface ModuleRoute {
  path: string;
  handlers: Partial<Record<HttpMethod, RouteHandler>>;
  /** Body parsing of this route, as a middlewares.ts entry would set it (webhooks: `{ preserveRawBody: true }`). */
  bodyParser?: BodyParserConfig | false;
}

/** Express's handler type, for wiring our handlers into the app. */
export type ExpressHandler = RequestHandler;

// Medusa's names, so code written against its docs reads the same.
export type MedusaRequest<Body = unknown, Query = Record<string, unknown>> = TesseraRequest<Body, Query>;
export type AuthenticatedMedusaRequest<Body = unknown, Query = Record<string, unknown>> = AuthenticatedTesseraRequest<
  Body,
  Query
>;
export type MedusaResponse = TesseraResponse;
export type MedusaNextFunction = TesseraNextFunction;
