import type { MiddlewaresConfig } from "./types.ts";

/**
 * Declares the middlewares of custom routes (`src/api/middlewares.ts`).
 * @example export default defineMiddlewares({ routes: [{ matcher: "/custom*", middlewares: [logRequest] }] })
 */
export function defineMiddlewares(config: MiddlewaresConfig): MiddlewaresConfig {
  return config;
}
