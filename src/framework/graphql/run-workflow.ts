import type { TesseraContainer } from "../container/container.ts";
import { TesseraError } from "../errors/tessera-error.ts";
import type { AuthContext } from "./context.ts";
import type { WorkflowRunner } from "../workflows/index.ts";

/** Description of the optional `idempotencyKey` every workflow-backed mutation input takes. */
export const idempotencyKeyDescription = "Retrying with the same key returns the first result; the work is done once.";

/**
 * Runs a mutation's workflow in the request scope. The idempotency key becomes the run's
 * transactionId (prefixed by `owner`, so one caller's key never replays another's result); a failed
 * step's error is thrown after compensation (withUserErrors maps it).
 */
export async function runMutationWorkflow<I, R>(
  workflow: (container: TesseraContainer) => WorkflowRunner<I, R>,
  scope: TesseraContainer,
  input: I,
  idempotencyKey: string | null | undefined,
  owner?: string,
): Promise<R> {
  if (idempotencyKey != null && !/^[A-Za-z0-9_.-]{1,200}$/.test(idempotencyKey)) {
    // ":" separates a nested workflow's run from its parent's, so a key may not contain it.
    throw new TesseraError(
      TesseraError.Types.INVALID_DATA,
      "idempotencyKey: letters, digits, '_', '-' and '.' only (at most 200)",
      { field: ["idempotencyKey"] },
    );
  }
  const transactionId = idempotencyKey == null ? undefined : owner ? `${owner}.${idempotencyKey}` : idempotencyKey;
  const { result } = await workflow(scope).run({ input, transactionId });
  return result as R;
}

/** Actors whose idempotency keys share one space: the admin side (users and secret keys). */
const adminActors = new Set(["user", "api-key"]);

/**
 * Whose idempotency key space a request uses. Admins share one (a retry from another admin tool
 * replays the same run); any other caller's keys are theirs alone, so a guessed key cannot replay
 * someone else's result. Guests (no identity) share the `guest` space: their keys must be
 * unguessable (UUIDs).
 */
export function idempotencyOwner(auth: AuthContext): string | undefined {
  if (auth.internal || (auth.actorType && adminActors.has(auth.actorType))) return undefined;
  const who = auth.authIdentityId || auth.actorId;
  return who ? `${auth.actorType ?? "identity"}.${who}` : "guest";
}
