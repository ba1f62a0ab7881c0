import type { ConfigModule } from "./types.ts";

/** The shortest secret accepted in production: 32 characters (256 bits of an HS256 key, if random). */
export const MIN_PRODUCTION_SECRET_LENGTH = 32;

/**
 * Secrets that were ever committed to this repository or its docs (the development default,
 * docker-compose's placeholders, the benchmark's): anyone can sign tokens with them.
 */
export const KNOWN_SECRETS: ReadonlySet<string> = new Set([
  "supersecret-dev-only",
  "supersecret",
  "change-me-jwt-secret",
  "change-me-cookie-secret",
  "bench-secret",
]);

const secrets = [
  {
    key: "projectConfig.http.jwtSecret",
    env: "JWT_SECRET",
    value: (c: ConfigModule) => c.projectConfig.http.jwtSecret,
  },
  {
    key: "projectConfig.http.cookieSecret",
    env: "COOKIE_SECRET",
    value: (c: ConfigModule) => c.projectConfig.http.cookieSecret,
  },
] as const;

/** The first secret unfit for production, with why; null when both are fit. */
export function unfitProductionSecret(config: ConfigModule): { key: string; message: string } | null {
  for (const secret of secrets) {
    const value = secret.value(config);
    if (KNOWN_SECRETS.has(value)) {
      return {
        key: secret.key,
        message: `is a published default: set ${secret.env} to a random value of at least ${MIN_PRODUCTION_SECRET_LENGTH} characters in production (e.g. \`openssl rand -base64 48\`)`,
      };
    }
    if (value.length < MIN_PRODUCTION_SECRET_LENGTH) {
      return {
        key: secret.key,
        message: `must be at least ${MIN_PRODUCTION_SECRET_LENGTH} characters in production: set ${secret.env} (e.g. \`openssl rand -base64 48\`)`,
      };
    }
  }
  return null;
}
