import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import { GraphQLError, type ExecutionArgs, type ExecutionResult } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import type { TesseraContainer } from "../container/container.ts";
import type { createGraphQLHandler } from "../graphql/yoga.ts";
import type { AuthContext as Caller } from "../graphql/context.ts";
import { readSocketCaller } from "./caller.ts";
import { endWhenRevoked } from "./subscription-guard.ts";

type Enveloped = ExecutionArgs & {
  rootValue: {
    execute: (a: ExecutionArgs) => unknown;
    subscribe: (a: ExecutionArgs) => unknown;
    /** Whether the operation's credentials still hold (the key live, the actor there). */
    stillAllowed: () => Promise<boolean>;
  };
};

/** The same actor and, when there was one, still a publishable key. */
const sameCaller = (before: Caller, now: Caller) =>
  now.actorType === before.actorType &&
  now.actorId === before.actorId &&
  now.authIdentityId === before.authIdentityId &&
  (!before.publishableKey || now.publishableKey?.key === before.publishableKey.key);

const isAsyncIterable = (value: unknown): value is AsyncIterable<ExecutionResult> =>
  typeof value === "object" && value !== null && Symbol.asyncIterator in value;

/** Takes a WebSocket upgrade for another path of the same port (the admin's hot reload): true when it does. */
export type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => boolean;

/**
 * graphql-ws on the same port and path as /graphql, executing through Yoga's envelop. The server's
 * one upgrade listener: other paths go to `others` (the admin's hot reload), else answer 400.
 */
export function attachWebSocket(
  server: Server,
  yoga: ReturnType<typeof createGraphQLHandler>,
  container: TesseraContainer,
  others: UpgradeHandler = () => false,
): () => Promise<void> {
  // noServer: a WebSocketServer given the server and a path answers every other path's upgrade
  // with 400 before any other listener sees it.
  const wss = new WebSocketServer({ noServer: true });
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
    if (pathname === yoga.graphqlEndpoint)
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit("connection", ws, req));
    else if (!others(req, socket, head)) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
  };
  server.on("upgrade", onUpgrade);
  const wsServer = useServer(
    {
      execute: (args) => (args as Enveloped).rootValue.execute(args) as never,
      subscribe: async (args) => {
        const { subscribe, stillAllowed } = (args as Enveloped).rootValue;
        const stream = await subscribe(args);
        // A stream outlives the moment its credentials were read: it ends once they no longer hold.
        return (isAsyncIterable(stream) ? endWhenRevoked(stream, stillAllowed) : stream) as never;
      },
      onSubscribe: async (ctx, _id, params) => {
        // The same credentials as over HTTP, read once per operation into the request Yoga sees.
        const caller = await readSocketCaller(container, ctx.extra.request, ctx.connectionParams);
        Object.assign(ctx.extra.request, { caller });
        const anonymous = caller.actorType === null && caller.publishableKey === null;
        const stillAllowed = async () =>
          anonymous || sameCaller(caller, await readSocketCaller(container, ctx.extra.request, ctx.connectionParams));
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
            rootValue: { execute, subscribe, stillAllowed },
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
    server.off("upgrade", onUpgrade);
    await wsServer.dispose();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
  };
}
