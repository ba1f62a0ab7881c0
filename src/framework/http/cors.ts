import cors from "cors";
import type { RequestHandler } from "express";
import type { ProjectConfig } from "../config/types.ts";

type Origin = string | RegExp;

/**
 * A comma-separated origin list from the config ("http://a.com,/\.example\.com$/") as the
 * `cors` package takes it: plain entries are exact origins, `/…/` entries regular expressions.
 */
export function parseCorsOrigins(value: string): Origin[] {
  return value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const regex = /^\/(.+)\/([a-z]*)$/.exec(entry);
      return regex ? new RegExp(regex[1] as string, regex[2]) : entry;
    });
}

/**
 * The usual local frontend dev servers (Next.js 3000, Vite 5173, the storefront starter 8000, on
 * localhost and 127.0.0.1): allowed beside the configured origins outside production, so a
 * frontend started with its defaults talks to a local server at once. Production allows only
 * what STORE_CORS, ADMIN_CORS and AUTH_CORS list.
 */
export const localFrontendOrigins: readonly string[] = [3000, 5173, 8000].flatMap((port) => [
  `http://localhost:${port}`,
  `http://127.0.0.1:${port}`,
]);

/** Outside production, the local frontend origins join a storefront-facing list. */
function withLocalFrontends(origins: Origin[], env: NodeJS.ProcessEnv): Origin[] {
  return env.NODE_ENV === "production" ? origins : [...origins, ...localFrontendOrigins];
}

/** CORS for the built-in prefixes: /store from storeCors, /admin from adminCors, /auth from authCors. */
export function builtInCors(
  http: ProjectConfig["http"],
  env: NodeJS.ProcessEnv = process.env,
): [string, RequestHandler][] {
  const make = (origins: Origin[]) => cors({ origin: origins, credentials: true });
  return [
    ["/store", make(withLocalFrontends(parseCorsOrigins(http.storeCors), env))],
    ["/admin", make(parseCorsOrigins(http.adminCors))],
    ["/auth", make(withLocalFrontends(parseCorsOrigins(http.authCors), env))],
  ];
}

/** CORS for /graphql: it serves storefronts and admin tools, so any origin of the three lists (and local frontends in development). */
export function graphqlCors(http: ProjectConfig["http"], env: NodeJS.ProcessEnv = process.env): RequestHandler {
  const origins = [http.storeCors, http.adminCors, http.authCors].flatMap(parseCorsOrigins);
  return cors({ origin: withLocalFrontends(origins, env), credentials: true });
}
