// What the REST auth routes (Medusa's /auth/*) and the GraphQL customer auth mutations both do:
// one implementation, two transports. Each function takes the request's container scope and the
// client address; the transport turns results and TesseraErrors into its own answers.
import type { TesseraContainer } from "../../framework/container/container.ts";
import { ContainerRegistrationKeys } from "../../framework/container/keys.ts";
import { TesseraError } from "../../framework/errors/tessera-error.ts";
import { signAuthToken } from "../../framework/http/auth-token.ts";
import type { AuthContext } from "../../framework/http/types.ts";
import { generateId } from "../../framework/modules/model.ts";
import { Modules } from "../../modules/index.ts";
import {
  generateResetPasswordTokenWorkflow,
  registerAuthIdentityWorkflow,
  requestRegistrationWorkflow,
} from "../../workflows/auth/auth-identities.ts";

/** Who asks: the request's scope and the client address failures are counted against. */
export interface AuthRequest {
  scope: TesseraContainer;
  ip: string;
}

const jwtSecret = (scope: TesseraContainer) =>
  scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret;

/** The identity a body names (its email), normalised as the throttle counts it. */
export const identifierOf = (body: unknown) =>
  String((body as { email?: unknown } | undefined)?.email ?? "")
    .trim()
    .toLowerCase();

/** Seconds to wait while the identity or the address has too many recent failures; 0 when free. */
export function retryAfter({ scope, ip }: AuthRequest, identifier: string): Promise<number> {
  return scope.resolve(Modules.AUTH).throttle.retryAfter(identifier, ip);
}

/** TOO_MANY_REQUESTS with `retryAfter` (GraphQL's answer while an identity is locked). */
export async function refuseWhileThrottled(request: AuthRequest, identifier: string): Promise<void> {
  const wait = await retryAfter(request, identifier);
  if (wait > 0)
    throw new TesseraError(TesseraError.Types.TOO_MANY_REQUESTS, "Too many failed attempts; try again later", {
      details: { retryAfter: wait },
    });
}

/** Runs a credential check, counting a failure (UNAUTHORIZED) against the identity and the address. */
export async function counted<T>({ scope, ip }: AuthRequest, identifier: string, run: () => Promise<T>): Promise<T> {
  const { throttle } = scope.resolve(Modules.AUTH);
  try {
    const result = await run();
    await throttle.succeed(identifier);
    return result;
  } catch (error) {
    if (TesseraError.is(error) && error.type === "unauthorized") await throttle.fail(identifier, ip);
    throw error;
  }
}

/** A signed token for `context`. */
export const tokenFor = (scope: TesseraContainer, context: AuthContext) => signAuthToken(context, jwtSecret(scope));

/**
 * Logs in with credentials: a token for the identity acting as `actorType`, or UNAUTHORIZED with
 * the same message whether the identifier is unknown or the secret wrong (the failure is counted).
 * The caller checks the throttle first (REST answers 429, GraphQL TOO_MANY_REQUESTS).
 */
export async function logIn(
  request: AuthRequest,
  input: { actorType: string; provider: string; body: unknown },
): Promise<{ token: string; context: AuthContext }> {
  const auth = request.scope.resolve(Modules.AUTH);
  const identity = await counted(request, identifierOf(input.body), () =>
    auth.authenticate(input.provider, input.body),
  );
  const context = auth.authContextFor(identity, input.actorType);
  return { token: await tokenFor(request.scope, context), context };
}

/** A fresh token for the caller's identity, now naming the actor it registered as since; UNAUTHORIZED when it is gone. */
export async function refreshToken(scope: TesseraContainer, context: AuthContext): Promise<string> {
  const auth = scope.resolve(Modules.AUTH);
  const identity = await auth.retrieveAuthIdentity(context.auth_identity_id).catch(() => {
    throw new TesseraError(TesseraError.Types.UNAUTHORIZED, "Unauthorized");
  });
  return tokenFor(scope, auth.authContextFor(identity, context.actor_type));
}

/** Runs `work` after the caller has been answered; failures are logged, never shown. */
function afterAnswer(scope: TesseraContainer, what: string, work: () => Promise<unknown>): void {
  setImmediate(() => {
    work().catch((err: unknown) => scope.resolve(ContainerRegistrationKeys.LOGGER).error({ err }, what));
  });
}

/**
 * Registration. Where the actor type verifies emails: `{ token: null }` for a new and a taken
 * address alike, given before any work that differs between them (hashing, writing, mailing)
 * begins; the mail carries the link. Otherwise (Medusa's way) a registration token at once: a
 * taken email without its password gets a token for an identity that does not exist, so it
 * authorizes nothing, and the failure counts.
 */
export async function register(
  request: AuthRequest,
  input: { actorType: string; provider: string; credentials: Record<string, unknown> },
): Promise<{ token: string | null }> {
  const { scope } = request;
  const auth = scope.resolve(Modules.AUTH);
  const { actorType: actor_type, provider, credentials } = input;
  if (auth.verifiesEmail(actor_type)) {
    // Bad input is refused now (it says nothing about accounts): unknown provider, bad email or password.
    auth.provider(provider).parseCredentials(credentials);
    // Every registration counts against its email, taken or not, so the limit cannot tell them
    // apart; it caps the mails one address can be sent.
    await auth.throttle.countIdentity(identifierOf(credentials));
    afterAnswer(scope, "registration request failed", () =>
      requestRegistrationWorkflow(scope).run({ input: { provider, actor_type, credentials } }),
    );
    return { token: null };
  }
  const identity = await counted(
    request,
    identifierOf(credentials),
    async () =>
      (await registerAuthIdentityWorkflow(scope).run({ input: { provider, actor_type, credentials } })).result,
  ).catch((error: unknown) => {
    if (TesseraError.is(error) && error.type === "unauthorized") return null;
    throw error;
  });
  const context = identity
    ? auth.authContextFor(identity, actor_type)
    : { actor_id: "", actor_type, auth_identity_id: generateId("authid"), app_metadata: {} };
  return { token: await tokenFor(scope, context) };
}

/**
 * Asks for a password reset mail: the same answer, at the same moment, whether or not the
 * identifier exists (the token is made and the event emitted after the answer).
 */
export function requestPasswordReset(
  scope: TesseraContainer,
  input: { actorType: string; provider: string; identifier: string },
): void {
  scope.resolve(Modules.AUTH).provider(input.provider);
  afterAnswer(scope, "password reset token generation failed", () =>
    generateResetPasswordTokenWorkflow(scope).run({
      input: { provider: input.provider, identifier: input.identifier, actor_type: input.actorType },
    }),
  );
}
