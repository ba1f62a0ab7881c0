import type { HttpMethod, MiddlewareRoute } from "./types.ts";

const escapeRegExp = (value: string) => value.replace(/[.+?^${}()|[\]\\]/g, "\\$&");

/**
 * A middleware matcher as Medusa writes it: "/custom*" is a prefix, ":id" one path segment,
 * anything else literal. A RegExp is used as it is.
 */
export function matcherToRegExp(matcher: string | RegExp): RegExp {
  if (matcher instanceof RegExp) return matcher;
  const source = matcher
    .split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
    .map((part) => (part === "*" ? ".*" : part.startsWith(":") ? "[^/]+" : escapeRegExp(part)))
    .join("");
  return new RegExp(`^${source}/?$`);
}

/** A middleware route compiled once, tested per request. */
export interface CompiledMiddlewareRoute extends MiddlewareRoute {
  test(path: string, method: string): boolean;
}

export function compileRoute(route: MiddlewareRoute): CompiledMiddlewareRoute {
  const pattern = matcherToRegExp(route.matcher);
  const methods = route.method === undefined ? undefined : new Set<string>([route.method].flat() as HttpMethod[]);
  return { ...route, test: (path, method) => pattern.test(path) && (!methods || methods.has(method)) };
}

/** `[id]` folder names become `:id` path parameters. */
export function folderToPath(relativeDir: string): string {
  const segments = relativeDir
    .split(/[\\/]/)
    .filter(Boolean)
    .map((s) => s.replace(/^\[(.+)\]$/, ":$1"));
  return `/${segments.join("/")}`;
}

/** Static segments before parameters, so `/custom/me` wins over `/custom/:id`. */
export function compareRoutePaths(a: string, b: string): number {
  const rank = (path: string) =>
    path
      .split("/")
      .map((s) => (s.startsWith(":") ? "1" : "0"))
      .join("");
  return rank(a).localeCompare(rank(b)) || a.localeCompare(b);
}
