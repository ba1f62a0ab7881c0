import { z } from "zod";
import { TesseraError } from "../../framework/errors/tessera-error.ts";
import { signAuthToken } from "../../framework/http/auth-token.ts";
import { readAuthContext } from "../../framework/http/credentials.ts";
import { endSession, startSession } from "../../framework/http/session-cookie.ts";
import type { ModuleRoute, TesseraRequest, TesseraResponse } from "../../framework/http/types.ts";
import { parseRequestPart } from "../../framework/http/validators.ts";
import { resetPasswordWorkflow, verifyRegistrationWorkflow } from "../../workflows/auth/auth-identities.ts";
import {
  type AuthRequest,
  identifierOf,
  logIn,
  refreshToken,
  register,
  requestPasswordReset,
  retryAfter,
} from "./actions.ts";
import { ContainerRegistrationKeys } from "../../framework/container/keys.ts";
import { Modules } from "../../modules/index.ts";

type Params = { actor_type: string; auth_provider: string };

function params(req: TesseraRequest): Params {
  const { actor_type = "", auth_provider = "" } = req.params as Partial<Params>;
  if (!/^[a-z][a-z0-9_]*$/.test(actor_type))
    throw new TesseraError(TesseraError.Types.INVALID_DATA, `Invalid actor type ${actor_type}`);
  return { actor_type, auth_provider };
}

const jwtSecret = (req: TesseraRequest) =>
  req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret;
const requestOf = (req: TesseraRequest): AuthRequest => ({ scope: req.scope, ip: req.ip ?? "" });

/** Refuses the request with 429 while the identity or the IP has too many recent failures. */
async function throttled(req: TesseraRequest, res: TesseraResponse): Promise<boolean> {
  const wait = await retryAfter(requestOf(req), identifierOf(req.body));
  if (wait <= 0) return false;
  res.setHeader("Retry-After", String(wait));
  res.status(429).json({ type: "too_many_requests", message: "Too many failed attempts; try again later" });
  return true;
}

const verification = z.object({ token: z.string().min(1).max(200) });
const resetRequest = z.object({ identifier: z.string().trim().min(1).max(320) });
const resetUpdate = z.object({ token: z.string().min(1).optional(), password: z.string() });

/**
 * Medusa's auth routes: register and log in per actor type and provider, refresh a token,
 * turn a token into a session cookie and back, and reset a password.
 */
export const routes: ModuleRoute[] = [
  {
    path: "/auth/token/refresh",
    handlers: {
      POST: async (req, res) => {
        const context = await readAuthContext(req, ["bearer", "session"]);
        if (!context) throw new TesseraError(TesseraError.Types.UNAUTHORIZED, "Unauthorized");
        res.json({ token: await refreshToken(req.scope, context) });
      },
    },
  },
  {
    path: "/auth/session",
    handlers: {
      POST: async (req, res) => {
        const context = await readAuthContext(req, ["bearer"]);
        if (!context) throw new TesseraError(TesseraError.Types.UNAUTHORIZED, "Unauthorized");
        await startSession(req, res, context);
        res.json({ actor_type: context.actor_type, actor_id: context.actor_id });
      },
      DELETE: async (req, res) => {
        await endSession(req, res);
        res.json({ success: true });
      },
    },
  },
  {
    path: "/auth/:actor_type/:auth_provider/register",
    handlers: {
      POST: async (req, res) => {
        const { actor_type, auth_provider } = params(req);
        if (await throttled(req, res)) return;
        const credentials = (req.body ?? {}) as Record<string, unknown>;
        const { token } = await register(requestOf(req), {
          actorType: actor_type,
          provider: auth_provider,
          credentials,
        });
        if (token) res.json({ token });
        else res.status(202).json({ message: "Check your email to finish registering" });
      },
    },
  },
  {
    path: "/auth/:actor_type/:auth_provider/verify",
    handlers: {
      POST: async (req, res) => {
        const { actor_type, auth_provider } = params(req);
        const body = parseRequestPart(verification, req.body, "body");
        const { result: identity } = await verifyRegistrationWorkflow(req.scope).run({
          input: { provider: auth_provider, actor_type, token: body.token },
        });
        if (!identity)
          throw new TesseraError(TesseraError.Types.UNEXPECTED_STATE, "The verification produced no identity");
        res.json({
          token: await signAuthToken(
            req.scope.resolve(Modules.AUTH).authContextFor(identity, actor_type),
            jwtSecret(req),
          ),
        });
      },
    },
  },
  {
    path: "/auth/:actor_type/:auth_provider/reset-password",
    handlers: {
      POST: async (req, res) => {
        const { actor_type, auth_provider } = params(req);
        const body = parseRequestPart(resetRequest, req.body, "body");
        requestPasswordReset(req.scope, {
          actorType: actor_type,
          provider: auth_provider,
          identifier: body.identifier,
        });
        res.status(201).end();
      },
    },
  },
  {
    path: "/auth/:actor_type/:auth_provider/update",
    handlers: {
      POST: async (req, res) => {
        const { auth_provider } = params(req);
        const body = parseRequestPart(resetUpdate, req.body, "body");
        const header = req.headers.authorization ?? "";
        const token = body.token ?? (header.toLowerCase().startsWith("bearer ") ? header.slice(7).trim() : "");
        if (!token) throw new TesseraError(TesseraError.Types.UNAUTHORIZED, "Invalid or expired reset token");
        await resetPasswordWorkflow(req.scope).run({
          input: { provider: auth_provider, token, password: body.password },
        });
        res.json({ success: true });
      },
    },
  },
  {
    path: "/auth/:actor_type/:auth_provider",
    handlers: {
      POST: async (req, res) => {
        const { actor_type, auth_provider } = params(req);
        if (await throttled(req, res)) return;
        const { token } = await logIn(requestOf(req), {
          actorType: actor_type,
          provider: auth_provider,
          body: req.body,
        });
        res.json({ token });
      },
    },
  },
];
