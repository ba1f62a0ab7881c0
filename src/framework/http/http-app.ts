import cookieParser from "cookie-parser";
import express, { type Express } from "express";
import type { GraphQLSchema } from "graphql";
import type { TesseraContainer } from "../container/container.ts";
import { createGraphQLHandler } from "../graphql/yoga.ts";
import { readCaller } from "./caller.ts";
import { builtInCors, graphqlCors } from "./cors.ts";
import { mountHealth } from "./health.ts";
import { mountApi, type ApiDefinition } from "./mount-api.ts";

declare module "express-serve-static-core" {
  interface Request {
    /** The request's container scope: `req.scope.resolve("product")`. */
    scope: TesseraContainer;
  }
}

/** The HTTP app: a container scope per request, CORS, /health and /health/ready, /graphql, then custom routes. */
export function createHttpApp(container: TesseraContainer, schema: GraphQLSchema, api: ApiDefinition = { routes: [], middlewares: {} }): { app: Express; yoga: ReturnType<typeof createGraphQLHandler> } {
  const app = express();
  app.disable("x-powered-by");
  app.use((req, _res, next) => {
    req.scope = container.createScope();
    next();
  });
  const { http } = container.resolve("configModule").projectConfig;
  app.use(cookieParser(http.cookieSecret));
  for (const [prefix, cors] of builtInCors(http)) app.use(prefix, cors);
  mountHealth(app, container);
  const yoga = createGraphQLHandler(container, schema);
  // app.all keeps req.url intact (app.use would strip the mount path Yoga routes on).
  app.all(yoga.graphqlEndpoint, graphqlCors(http), readCaller, (req, res) => yoga(req, res, { req }));
  mountApi(app, container, api);
  return { app, yoga };
}
