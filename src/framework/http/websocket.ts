import type { Server } from "node:http";
import { GraphQLError, type ExecutionArgs } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import type { TesseraContainer } from "../container/container.ts";
import type { createGraphQLHandler } from "../graphql/yoga.ts";
import { readSocketCaller } from "./caller.ts";

type Enveloped = ExecutionArgs & { rootValue: { execute: (a: ExecutionArgs) => unknown; subscribe: (a: ExecutionArgs) => unknown } };

/** graphql-ws on the same port and path as /graphql, executing through Yoga's envelop. */
export function attachWebSocket(server: Server, yoga: ReturnType<typeof createGraphQLHandler>, container: TesseraContainer): () => Promise<void> {
  const wss = new WebSocketServer({ server, path: yoga.graphqlEndpoint });
  const wsServer = useServer(
    {
      execute: (args) => (args as Enveloped).rootValue.execute(args) as never,
      subscribe: (args) => (args as Enveloped).rootValue.subscribe(args) as never,
      onSubscribe: async (ctx, _id, params) => {
        // The same credentials as over HTTP, read once per operation into the request Yoga sees.
        Object.assign(ctx.extra.request, { caller: await readSocketCaller(container, ctx.extra.request, ctx.connectionParams) });
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params,
        });
        try {
          const args = {
            schema,
            operationName: params.operationName,
            document: parse(params.query),
            variableValues: params.variables,
            contextValue: await contextFactory(),
            rootValue: { execute, subscribe },
          };
          const errors = validate(args.schema, args.document);
          return errors.length ? errors : args;
        } catch (error) {
          // A query limit (tokens, depth, aliases) throws while parsing or validating: an answer, not a dropped socket.
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
      },
    },
    wss,
  );
  return async () => {
    await wsServer.dispose();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
  };
}
