import type { Request } from "express";
import type { TesseraContainer } from "../container/container.ts";
import { verifyAuthToken } from "./auth-token.ts";
import { liveActor } from "./live-actor.ts";
import { readSession } from "./session-cookie.ts";
import type { AuthContext, PublishableKeyContext } from "./types.ts";

/** The ways a request can authenticate. */
export type AuthMethod = "session" | "bearer" | "api-key";

/** The header a storefront sends its publishable key in. */
export const PUBLISHABLE_KEY_HEADER = "x-publishable-api-key";

/** Secret and publishable keys are checked by the api-key module; the kernel only needs this. */
export interface ApiKeyAuthenticator {
  /** The key's id when `token` is a live (unrevoked) secret key. */
  authenticateSecretKey(token: string): Promise<{ id: string } | null>;
  /** The key and its sales channels when `token` is a live publishable key. */
  authenticatePublishableKey(token: string): Promise<PublishableKeyContext | null>;
}

/** What credentials are read from: an Express request, or a WebSocket's upgrade request and connection params. */
export type CredentialSource = Pick<Request, "headers" | "signedCookies"> & { scope: TesseraContainer };

function authorization(req: CredentialSource): { scheme: string; value: string } | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const space = header.indexOf(" ");
  if (space < 0) return null;
  return { scheme: header.slice(0, space).toLowerCase(), value: header.slice(space + 1).trim() };
}

/** The api-key module's service (container key `apiKey`), when the app loads it. */
function authenticator(scope: TesseraContainer): ApiKeyAuthenticator | null {
  return scope.hasRegistration("apiKey") ? (scope.resolve as (key: string) => ApiKeyAuthenticator)("apiKey") : null;
}

/**
 * The context of a signed token whose actor exists. No token is ever issued for an API key (a key
 * authenticates only by being presented), so one claiming `actor_type: "api-key"` is forged.
 */
async function tokenContext(scope: TesseraContainer, token: string): Promise<AuthContext | null> {
  const context = await verifyAuthToken(token, scope.resolve("configModule").projectConfig.http.jwtSecret);
  return context?.actor_type === "api-key" ? null : liveActor(scope, context);
}

/**
 * The auth context the request proves with one of `methods`, tried in the order given; null when
 * it proves none. Secret API keys come as HTTP Basic with the key as the user name (Medusa's way).
 */
export async function readAuthContext(
  req: CredentialSource,
  methods: readonly AuthMethod[],
): Promise<AuthContext | null> {
  const auth = authorization(req);
  for (const method of methods) {
    if (method === "bearer" && auth?.scheme === "bearer") {
      const context = await tokenContext(req.scope, auth.value);
      if (context) return context;
    }
    if (method === "session") {
      const context = await readSession(req);
      if (context) return context;
    }
    if (method === "api-key" && auth?.scheme === "basic") {
      const token = Buffer.from(auth.value, "base64").toString("utf8").replace(/:$/, "");
      const key = await authenticator(req.scope)?.authenticateSecretKey(token);
      if (key) return { actor_id: key.id, actor_type: "api-key", auth_identity_id: "", app_metadata: {} };
    }
  }
  return null;
}

/** The publishable key in `x-publishable-api-key`, when it names a live key. */
export async function readPublishableKey(req: CredentialSource): Promise<PublishableKeyContext | null> {
  const token = req.headers[PUBLISHABLE_KEY_HEADER];
  if (typeof token !== "string" || !token) return null;
  return (await authenticator(req.scope)?.authenticatePublishableKey(token)) ?? null;
}
