import { jwtVerify, SignJWT } from "jose";
import type { AuthContext } from "./types.ts";

/** How long a bearer token or a session lasts. */
export const tokenLifetimeSeconds = 24 * 60 * 60;

const key = (secret: string) => new TextEncoder().encode(secret);

/** A signed (HS256) bearer token carrying the auth context. */
export async function signAuthToken(context: AuthContext, secret: string): Promise<string> {
  return new SignJWT({ ...context })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuedAt()
    .setExpirationTime(`${tokenLifetimeSeconds}s`)
    .sign(key(secret));
}

/** The auth context of a valid, unexpired token; null for anything else (no reason is leaked). */
export async function verifyAuthToken(token: string, secret: string): Promise<AuthContext | null> {
  try {
    const { payload } = await jwtVerify(token, key(secret), { algorithms: ["HS256"] });
    if (typeof payload.actor_type !== "string" || typeof payload.auth_identity_id !== "string") return null;
    return {
      actor_id: typeof payload.actor_id === "string" ? payload.actor_id : "",
      actor_type: payload.actor_type,
      auth_identity_id: payload.auth_identity_id,
      app_metadata: (payload.app_metadata ?? {}) as Record<string, unknown>,
    };
  } catch {
    return null;
  }
}
