import cookieParser from "cookie-parser";
import express, { type Express, type Request, type Response } from "express";
import helmet from "helmet";
import type { GraphQLSchema } from "graphql";
import type { TesseraContainer } from "../container/container.ts";
import { createGraphQLHandler, graphiqlEnabled } from "../graphql/yoga.ts";
import { readCaller } from "./caller.ts";
import { builtInCors, graphqlCors } from "./cors.ts";
import { graphqlBodyLimit } from "./graphql-body.ts";
import type { AdminMount } from "./admin.ts";
import { mountHealth } from "./health.ts";
import { mountApi, type ApiDefinition } from "./mount-api.ts";

declare module "express-serve-static-core" {
  interface Request {
    /** The request's container scope: `req.scope.resolve("product")`. */
    scope: TesseraContainer;
  }
}

/**
 * helmet's security headers everywhere; the development GraphiQL page gets a policy of its own:
 * its editor is inlined (inline scripts and styles, workers from blob: URLs), and nothing may come
 * from another host, so the page works offline and cannot quietly load a CDN.
 */
function securityHeaders(graphiql: boolean, endpoint: string) {
  const strict = helmet();
  const graphiqlPage = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'", "blob:"],
        workerSrc: ["'self'", "blob:"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'", "ws:", "wss:"],
        frameAncestors: ["'self'"],
      },
    },
  });
  const isGraphiQLPage = (req: Request) =>
    graphiql && req.method === "GET" && req.path === endpoint && (req.headers.accept ?? "").includes("text/html");
  return (req: Request, res: Response, next: (err?: unknown) => void) =>
    (isGraphiQLPage(req) ? graphiqlPage : strict)(req, res, next);
}

/** The HTTP app: security headers, a container scope per request, CORS, /health and /health/ready, /graphql, the admin dashboard, then custom routes. */
export function createHttpApp(
  container: TesseraContainer,
  schema: GraphQLSchema,
  api: ApiDefinition = { routes: [], middlewares: {} },
  admin?: AdminMount,
): { app: Express; yoga: ReturnType<typeof createGraphQLHandler> } {
  const app = express();
  app.disable("x-powered-by");
  const { projectConfig } = container.resolve("configModule");
  app.use(securityHeaders(graphiqlEnabled(projectConfig.graphql), "/graphql"));
  app.use((req, _res, next) => {
    req.scope = container.createScope();
    next();
  });
  const { http } = projectConfig;
  app.use(cookieParser(http.cookieSecret));
  for (const [prefix, cors] of builtInCors(http)) app.use(prefix, cors);
  mountHealth(app, container);
  const yoga = createGraphQLHandler(container, schema);
  // app.all keeps req.url intact (app.use would strip the mount path Yoga routes on).
  const [readBody, refuseBody] = graphqlBodyLimit(http.graphqlBodyLimit);
  app.all(
    yoga.graphqlEndpoint,
    graphqlCors(http),
    readBody,
    readCaller,
    (req: Request, res: Response) => yoga(req, res, { req, res }),
    refuseBody,
  );
  admin?.mount(app);
  mountApi(app, container, api);
  return { app, yoga };
}
