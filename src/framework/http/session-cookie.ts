import type { CookieOptions, Request, Response } from "express";
import type { TesseraContainer } from "../container/container.ts";
import { TesseraError } from "../errors/tessera-error.ts";
import { tokenLifetimeSeconds } from "./auth-token.ts";
import { liveActor } from "./live-actor.ts";
import type { AuthContext } from "./types.ts";

/** The session cookie's name. Its value is the random secret of a server-side session; the cookie is signed too. */
export const SESSION_COOKIE = "tessera.sid";

/**
 * Where sessions live, implemented by the auth module (container key `auth`). A session is a row,
 * not a token in the cookie, so logging out ends it for every copy of the cookie.
 */
export interface SessionStore {
  /** Opens a session for `context` until `expiresAt`; returns the secret the cookie carries. */
  openSession(context: AuthContext, expiresAt: Date): Promise<string>;
  /** The context of a live, unexpired session; null for anything else. */
  readSession(secret: string): Promise<AuthContext | null>;
  /** Ends the session (nothing happens for an unknown secret). */
  closeSession(secret: string): Promise<void>;
}

type SessionRequest = Pick<Request, "signedCookies"> & { scope: TesseraContainer };

function sessionStore(scope: TesseraContainer): SessionStore | null {
  return scope.hasRegistration("auth") ? (scope.resolve as (key: string) => SessionStore)("auth") : null;
}

/** httpOnly and sameSite always; secure everywhere but development (plain http on localhost). */
export function sessionCookieOptions(env: NodeJS.ProcessEnv = process.env): CookieOptions {
  const development = (env.NODE_ENV ?? "development") === "development";
  return {
    httpOnly: true,
    sameSite: "lax",
    secure: !development,
    signed: true,
    path: "/",
    maxAge: tokenLifetimeSeconds * 1000,
  };
}

/** Opens a server-side session for `context` and sets its cookie (`POST /auth/session`). */
export async function startSession(req: SessionRequest, res: Response, context: AuthContext): Promise<void> {
  const store = sessionStore(req.scope);
  if (!store) throw new TesseraError(TesseraError.Types.NOT_ALLOWED, "Sessions need the auth module");
  const secret = await store.openSession(context, new Date(Date.now() + tokenLifetimeSeconds * 1000));
  res.cookie(SESSION_COOKIE, secret, sessionCookieOptions());
}

/** Ends the request's session server-side and clears its cookie (`DELETE /auth/session`). */
export async function endSession(req: SessionRequest, res: Response): Promise<void> {
  const secret = readSessionSecret(req);
  if (secret) await sessionStore(req.scope)?.closeSession(secret);
  // Without maxAge and signed: clearing writes an empty, expired cookie (a signed one would not be empty).
  const { maxAge: _maxAge, signed: _signed, ...options } = sessionCookieOptions();
  res.clearCookie(SESSION_COOKIE, options);
}

/** The session's secret when the cookie is present and its signature checks out. */
function readSessionSecret(req: Pick<Request, "signedCookies">): string | null {
  const value = (req.signedCookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
  return typeof value === "string" && value ? value : null;
}

/** The auth context of the request's session while it is open and its actor exists. */
export async function readSession(req: SessionRequest): Promise<AuthContext | null> {
  const secret = readSessionSecret(req);
  if (!secret) return null;
  return liveActor(req.scope, (await sessionStore(req.scope)?.readSession(secret)) ?? null);
}
