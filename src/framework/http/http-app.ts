import express, { type Express, type NextFunction, type Request, type Response } from "express";
import type { GraphQLSchema } from "graphql";
import type { TesseraContainer } from "../container/container.ts";
import { TesseraError, httpStatusByType } from "../errors/tessera-error.ts";
import { createGraphQLHandler } from "../graphql/yoga.ts";

declare module "express-serve-static-core" {
  interface Request {
    /** The request's container scope: `req.scope.resolve("product")`. */
    scope: TesseraContainer;
  }
}

/** The HTTP app: a container scope per request, /health, /graphql, then custom routes. */
export function createHttpApp(container: TesseraContainer, schema: GraphQLSchema): { app: Express; yoga: ReturnType<typeof createGraphQLHandler> } {
  const app = express();
  app.disable("x-powered-by");
  app.use((req, _res, next) => {
    req.scope = container.createScope();
    next();
  });
  app.get("/health", (_req, res) => { res.json({ status: "ok" }); });
  const yoga = createGraphQLHandler(container, schema);
  // app.all keeps req.url intact (app.use would strip the mount path Yoga routes on).
  app.all(yoga.graphqlEndpoint, (req, res) => yoga(req, res, { req }));
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (TesseraError.is(err)) {
      res.status(httpStatusByType[err.type]).json({ type: err.type, message: err.message });
      return;
    }
    container.resolve("logger").error({ err }, "unhandled error in HTTP route");
    res.status(500).json({ type: "unexpected_state", message: "An unexpected error occurred" });
  });
  return { app, yoga };
}
