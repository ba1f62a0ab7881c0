import type { IncomingMessage } from "node:http";
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import type { GraphQLSchema } from "graphql";
import type { TesseraContainer } from "../container/container.ts";
import type { AuthContext, GraphQLContext } from "./context.ts";
import { createMaskError } from "./mask-error.ts";

type ServerContext = { req: IncomingMessage & { scope?: TesseraContainer; caller?: AuthContext } };

const anonymous: AuthContext = { actorType: null, actorId: null, authIdentityId: null, appMetadata: {}, publishableKey: null };

/** The GraphQL endpoint: Yoga over the assembled schema, a container scope per request. */
export function createGraphQLHandler(container: TesseraContainer, schema: GraphQLSchema): YogaServerInstance<ServerContext, GraphQLContext> {
  const logger = container.resolve("logger");
  return createYoga<ServerContext, GraphQLContext>({
    schema,
    graphqlEndpoint: "/graphql",
    graphiql: process.env.NODE_ENV !== "production" ? { title: "Tessera GraphiQL" } : false,
    landingPage: false,
    // CORS is the HTTP app's (configured origins only); Yoga's default would allow any origin.
    cors: false,
    logging: { debug: (...a) => logger.debug(a), info: (...a) => logger.info(a), warn: (...a) => logger.warn(a), error: (...a) => logger.error(a) },
    maskedErrors: { maskError: createMaskError(logger) },
    context: ({ req }) => ({
      scope: req?.scope ?? container.createScope(),
      prisma: container.resolve("db").prisma,
      auth: req?.caller ?? anonymous,
    }),
  });
}
