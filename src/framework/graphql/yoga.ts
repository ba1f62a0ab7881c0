import type { IncomingMessage, ServerResponse } from "node:http";
import type { Request, Response } from "express";
import { blockFieldSuggestionsPlugin } from "@escape.tech/graphql-armor-block-field-suggestions";
import { createYoga, type Plugin, type YogaServerInstance } from "graphql-yoga";
import { NoSchemaIntrospectionCustomRule, type GraphQLSchema } from "graphql";
import type { GraphQLConfig } from "../config/types.ts";
import type { TesseraContainer } from "../container/container.ts";
import type { AuthContext, GraphQLContext } from "./context.ts";
import { graphiqlOptions, renderLocalGraphiQL } from "./graphiql.ts";
import { createMaskError } from "./mask-error.ts";
import { useCookieCsrf } from "./use-cookie-csrf.ts";
import { useCredentialErrors } from "./use-credential-errors.ts";
import { useExecutionTimeout } from "./use-execution-timeout.ts";
import { useResponseExtensions } from "./in-context.ts";
import { useInputLimits } from "./use-input-limits.ts";
import { useQueryLimits } from "./use-query-limits.ts";
import { useStorefrontResponseCache } from "./use-response-cache.ts";
import { actorOfCaller, registerActor } from "../events/actor.ts";

type ServerContext = {
  req: IncomingMessage & { scope?: TesseraContainer; caller?: AuthContext };
  /** Present over HTTP (Express), absent over graphql-ws. */
  res?: ServerResponse;
};

const anonymous: AuthContext = {
  actorType: null,
  actorId: null,
  authIdentityId: null,
  appMetadata: {},
  publishableKey: null,
};

/** Refuses `__schema` and `__type` (`__typename` stays): introspection turned off in the config. */
const noIntrospection: Plugin = {
  onValidate({ addValidationRule }) {
    addValidationRule(NoSchemaIntrospectionCustomRule);
  },
};

/** GraphiQL on GET /graphql: in development, unless introspection (which it needs) is turned off. */
export function graphiqlEnabled(graphql: GraphQLConfig): boolean {
  return process.env.NODE_ENV !== "production" && graphql.introspection !== false;
}

/** The GraphQL endpoint: Yoga over the assembled schema, a container scope per request. */
export function createGraphQLHandler(
  container: TesseraContainer,
  schema: GraphQLSchema,
): YogaServerInstance<ServerContext, GraphQLContext> {
  const logger = container.resolve("logger");
  const { graphql } = container.resolve("configModule").projectConfig;
  // Errors the mask has seen are logged there, at a level that fits their code; Yoga would log each again at error.
  const handled = new WeakSet<object>();
  const logError = (...a: unknown[]) => {
    if (!(a.length === 1 && typeof a[0] === "object" && a[0] !== null && handled.has(a[0]))) logger.error(a);
  };
  return createYoga<ServerContext, GraphQLContext>({
    schema,
    graphqlEndpoint: "/graphql",
    graphiql: graphiqlEnabled(graphql) ? () => graphiqlOptions(container) : false,
    renderGraphiQL: renderLocalGraphiQL,
    landingPage: false,
    // CORS is the HTTP app's (configured origins only); Yoga's default would allow any origin.
    cors: false,
    logging: {
      debug: (...a) => logger.debug(a),
      info: (...a) => logger.info(a),
      warn: (...a) => logger.warn(a),
      error: logError,
    },
    maskedErrors: { maskError: createMaskError(logger, handled) },
    plugins: [
      useCookieCsrf(),
      useCredentialErrors(),
      ...useQueryLimits(graphql),
      useInputLimits(graphql),
      useExecutionTimeout(graphql.timeoutMs),
      ...useStorefrontResponseCache(container.resolve("eventBus"), graphql.responseCacheTtlMs),
      useResponseExtensions(),
      ...(graphql.introspection === false ? [noIntrospection] : []),
      ...(graphql.suggestions === false ? [blockFieldSuggestionsPlugin()] : []),
    ],
    context: ({ req, res }) => {
      const scope = req?.scope ?? container.createScope();
      const auth = req?.caller ?? anonymous;
      // The workflows this operation runs record who caused their events.
      registerActor(scope, actorOfCaller(auth));
      return {
        scope,
        prisma: container.resolve("db").prisma,
        auth,
        http: req && res ? { req: req as Request, res: res as Response } : undefined,
      };
    },
  });
}
