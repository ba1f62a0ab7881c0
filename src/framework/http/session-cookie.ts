import type { CookieOptions, Request, Response } from "express";
import { tokenLifetimeSeconds } from "./auth-token.ts";

/** The session cookie's name. Its value is a signed auth token; the cookie itself is signed too. */
export const SESSION_COOKIE = "tessera.sid";

/** httpOnly and sameSite always; secure everywhere but development (plain http on localhost). */
export function sessionCookieOptions(env: NodeJS.ProcessEnv = process.env): CookieOptions {
  const development = (env.NODE_ENV ?? "development") === "development";
  return { httpOnly: true, sameSite: "lax", secure: !development, signed: true, path: "/", maxAge: tokenLifetimeSeconds * 1000 };
}

export function setSessionCookie(res: Response, token: string): void {
  res.cookie(SESSION_COOKIE, token, sessionCookieOptions());
}

export function clearSessionCookie(res: Response): void {
  // Without maxAge and signed: clearing writes an empty, expired cookie (a signed one would not be empty).
  const { maxAge: _maxAge, signed: _signed, ...options } = sessionCookieOptions();
  res.clearCookie(SESSION_COOKIE, options);
}

/** The session's token when the cookie is present and its signature checks out. */
export function readSessionToken(req: Pick<Request, "signedCookies">): string | null {
  const value = (req.signedCookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
  return typeof value === "string" && value ? value : null;
}
