/**
 * An auth provider proves an identity from what the caller sends. Providers are registered in
 * the auth module by `identifier` (the `:auth_provider` of `/auth/:actor_type/:auth_provider`).
 */
export interface AuthProvider {
  readonly identifier: string;
  /** The identity's id at this provider (e.g. a normalised email) and the secret offered; throws INVALID_DATA on malformed input. */
  parseCredentials(body: unknown): { entityId: string; secret: string };
  /** What to store for a new secret (e.g. `{ password: <hash> }`). */
  hashSecret(secret: string): Promise<Record<string, unknown>>;
  /** Whether `secret` matches what was stored; runs in about the same time either way. */
  verifySecret(secret: string, stored: Record<string, unknown> | null): Promise<boolean>;
}
