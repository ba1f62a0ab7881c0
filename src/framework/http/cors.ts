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

/** CORS for the built-in prefixes: /store from storeCors, /admin from adminCors, /auth from authCors. */
export function builtInCors(http: ProjectConfig["http"]): [string, RequestHandler][] {
  const make = (origins: string) => cors({ origin: parseCorsOrigins(origins), credentials: true });
  return [
    ["/store", make(http.storeCors)],
    ["/admin", make(http.adminCors)],
    ["/auth", make(http.authCors)],
  ];
}

/** CORS for /graphql: it serves storefronts and admin tools, so any origin of the three lists. */
export function graphqlCors(http: ProjectConfig["http"]): RequestHandler {
  const origins = [http.storeCors, http.adminCors, http.authCors].flatMap(parseCorsOrigins);
  return cors({ origin: origins, credentials: true });
}
