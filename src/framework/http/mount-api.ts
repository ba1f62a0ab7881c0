import type { Express, NextFunction, Request, Response } from "express";
import type { TesseraContainer } from "../container/container.ts";
import { createBodyParser } from "./body-parser.ts";
import { createErrorHandler } from "./error-handler.ts";
import { loadFileRoutes, loadMiddlewares, loadModuleRoutes } from "./load-api.ts";
import { compareRoutePaths, compileRoute, type CompiledMiddlewareRoute } from "./matcher.ts";
import type { ExpressHandler, MiddlewareRoute, MiddlewaresConfig, ModuleRoute, TesseraMiddleware } from "./types.ts";
import { ensurePublishableKey } from "./publishable-key.ts";
import { validateAdditionalData } from "./validators.ts";

/** Everything the HTTP app serves besides /graphql: routes (modules' and files') and middlewares. */
export interface ApiDefinition {
  routes: ModuleRoute[];
  middlewares: MiddlewaresConfig;
}

/**
 * Reads the api folders (route files, middlewares.ts; the product's `src/api`, then a project's)
 * and the `routes.ts` of each folder in `routeDirs` (modules, the API layer's core routes).
 * Middlewares run in folder order; the last errorHandler wins.
 */
export async function loadApi(apiDirs: readonly string[], routeDirs: readonly string[]): Promise<ApiDefinition> {
  const [moduleRoutes, fileRoutes, middlewares] = await Promise.all([
    loadModuleRoutes(routeDirs),
    Promise.all(apiDirs.map(loadFileRoutes)),
    Promise.all(apiDirs.map(loadMiddlewares)),
  ]);
  const errorHandler = middlewares
    .map((m) => m.errorHandler)
    .filter((h) => h !== undefined)
    .at(-1);
  // A core or module route's own body parsing comes first, so a project's middlewares can still override it.
  const routeParsers: MiddlewareRoute[] = moduleRoutes.flatMap((r) =>
    r.bodyParser === undefined ? [] : [{ matcher: r.path, bodyParser: r.bodyParser }],
  );
  return {
    routes: [...moduleRoutes, ...fileRoutes.flat().sort((a, b) => compareRoutePaths(a.path, b.path))],
    middlewares: {
      routes: [...routeParsers, ...middlewares.flatMap((m) => m.routes ?? [])],
      ...(errorHandler ? { errorHandler } : {}),
    },
  };
}

/** Runs the middlewares of every matching route entry, in declaration order. */
function dispatchMiddlewares(routes: readonly CompiledMiddlewareRoute[]): ExpressHandler {
  const chains = routes.map((route) => ({
    route,
    handlers: [
      ...(route.additionalDataValidator
        ? [validateAdditionalData(route.additionalDataValidator) as unknown as TesseraMiddleware]
        : []),
      ...(route.middlewares ?? []),
    ],
  }));
  return (req: Request, res: Response, next: NextFunction) => {
    const handlers = chains.filter((c) => c.route.test(req.path, req.method)).flatMap((c) => c.handlers);
    const run = (index: number): void => {
      const handler = handlers[index];
      if (!handler) return next();
      try {
        const result = handler(req as never, res, (err?: unknown) => (err ? next(err) : run(index + 1)));
        if (result instanceof Promise) result.catch(next);
      } catch (error) {
        next(error);
      }
    };
    run(0);
  };
}

/** Mounts body parsing, middlewares, routes, a JSON 404 and the error handler (the user's, if given). */
export function mountApi(app: Express, container: TesseraContainer, api: ApiDefinition): void {
  const compiled = (api.middlewares.routes ?? []).map(compileRoute);
  app.use(createBodyParser(compiled, container.resolve("configModule").projectConfig.http.bodyLimit));
  app.use("/store", ensurePublishableKey);
  app.use(dispatchMiddlewares(compiled));
  for (const route of api.routes) {
    for (const [method, handler] of Object.entries(route.handlers)) {
      app[method.toLowerCase() as "get"](route.path, handler as unknown as ExpressHandler);
    }
  }
  app.use((req: Request, res: Response) => {
    res.status(404).json({ type: "not_found", message: `Cannot ${req.method} ${req.path}` });
  });
  app.use(
    (api.middlewares.errorHandler ?? createErrorHandler(container.resolve("logger"))) as unknown as (
      err: unknown,
      req: Request,
      res: Response,
      next: NextFunction,
    ) => void,
  );
}
