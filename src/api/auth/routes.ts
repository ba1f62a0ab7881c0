import { z } from "zod";
import { TesseraError } from "../../framework/errors/tessera-error.ts";
import { signAuthToken } from "../../framework/http/auth-token.ts";
import { readAuthContext } from "../../framework/http/credentials.ts";
import { generateId } from "../../framework/modules/model.ts";
import { endSession, startSession } from "../../framework/http/session-cookie.ts";
import type { ModuleRoute, TesseraRequest, TesseraResponse } from "../../framework/http/types.ts";
import { parseRequestPart } from "../../framework/http/validators.ts";
import {
  generateResetPasswordTokenWorkflow,
  registerAuthIdentityWorkflow,
  requestRegistrationWorkflow,
  resetPasswordWorkflow,
  verifyRegistrationWorkflow,
} from "../../workflows/auth/auth-identities.ts";
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
const identifierOf = (body: unknown) =>
  String((body as { email?: unknown } | undefined)?.email ?? "")
    .trim()
    .toLowerCase();

/** Refuses the request with 429 while the identity or the IP has too many recent failures. */
async function throttled(req: TesseraRequest, res: TesseraResponse): Promise<boolean> {
  const wait = await req.scope.resolve(Modules.AUTH).throttle.retryAfter(identifierOf(req.body), req.ip ?? "");
  if (wait <= 0) return false;
  res.setHeader("Retry-After", String(wait));
  res.status(429).json({ type: "too_many_requests", message: "Too many failed attempts; try again later" });
  return true;
}

/** Runs a credential check, counting a failure against the identity and the IP. */
async function counted<T>(req: TesseraRequest, run: () => Promise<T>): Promise<T> {
  const { throttle } = req.scope.resolve(Modules.AUTH);
  try {
    const result = await run();
    await throttle.succeed(identifierOf(req.body));
    return result;
  } catch (error) {
    if (TesseraError.is(error) && error.type === "unauthorized")
      await throttle.fail(identifierOf(req.body), req.ip ?? "");
    throw error;
  }
}

/**
 * Registration that waits for the email: the same 202 for a new and a taken address, given
 * before any work that differs between them (hashing, writing, mailing) has begun.
 */
async function requestRegistration(
  req: TesseraRequest,
  res: TesseraResponse,
  { actor_type, auth_provider }: Params,
): Promise<void> {
  const credentials = (req.body ?? {}) as Record<string, unknown>;
  // Bad input is refused now (it says nothing about accounts): 404 provider, 400 email or password.
  req.scope.resolve(Modules.AUTH).provider(auth_provider).parseCredentials(credentials);
  // Every registration counts against its email, taken or not, so the limit cannot tell them
  // apart; it caps the mails one address can be sent.
  await req.scope.resolve(Modules.AUTH).throttle.countIdentity(identifierOf(credentials));
  res.status(202).json({ message: "Check your email to finish registering" });
  requestRegistrationWorkflow(req.scope)
    .run({ input: { provider: auth_provider, actor_type, credentials } })
    .catch((err: unknown) => {
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).error({ err }, "registration request failed");
    });
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
        const auth = req.scope.resolve(Modules.AUTH);
        const identity = await auth.retrieveAuthIdentity(context.auth_identity_id).catch(() => {
          throw new TesseraError(TesseraError.Types.UNAUTHORIZED, "Unauthorized");
        });
        res.json({ token: await signAuthToken(auth.authContextFor(identity, context.actor_type), jwtSecret(req)) });
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
        const auth = req.scope.resolve(Modules.AUTH);
        if (auth.verifiesEmail(actor_type)) return requestRegistration(req, res, { actor_type, auth_provider });
        const credentials = (req.body ?? {}) as Record<string, unknown>;
        const register = async () =>
          (
            await registerAuthIdentityWorkflow(req.scope).run({
              input: { provider: auth_provider, actor_type, credentials },
            })
          ).result;
        const identity = await counted(req, register).catch((error: unknown) => {
          // A taken email without its password: answer as for a new registration (a token for an
          // identity that does not exist, so it authorizes nothing) and write nothing. The answer
          // alone does not tell, but what the token cannot do next does: only verification (the
          // default) closes that. The failure still counts.
          if (TesseraError.is(error) && error.type === "unauthorized") return null;
          throw error;
        });
        const context = identity
          ? auth.authContextFor(identity, actor_type)
          : { actor_id: "", actor_type, auth_identity_id: generateId("authid"), app_metadata: {} };
        res.json({ token: await signAuthToken(context, jwtSecret(req)) });
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
        const auth = req.scope.resolve(Modules.AUTH);
        auth.provider(auth_provider);
        // The same answer, at the same moment, whether or not the identifier exists: the token
        // is made and the event emitted after the response.
        res.status(201).end();
        const input = { provider: auth_provider, identifier: body.identifier, actor_type };
        generateResetPasswordTokenWorkflow(req.scope)
          .run({ input })
          .catch((err: unknown) => {
            req.scope
              .resolve(ContainerRegistrationKeys.LOGGER)
              .error({ err }, "password reset token generation failed");
          });
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
        const auth = req.scope.resolve(Modules.AUTH);
        const identity = await counted(req, () => auth.authenticate(auth_provider, req.body));
        res.json({ token: await signAuthToken(auth.authContextFor(identity, actor_type), jwtSecret(req)) });
      },
    },
  },
];
