import { createClient } from "graphql-ws";
import WebSocket from "ws";
import type { GraphQLResponse } from "./runners.ts";

/**
 * One operation over graphql-ws against a running server's `/graphql`, as an admin tool would send
 * it. A refusal may come as a result's errors or as the operation's error (`{ refused }`, with no
 * `data` or `errors`).
 */
export async function overSocket<T = unknown>(
  url: string,
  query: string,
  connectionParams: Record<string, unknown> = {},
): Promise<GraphQLResponse<T> & { refused?: unknown }> {
  const client = createClient({
    url: `${url.replace(/^http/, "ws")}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams,
    lazy: true,
    retryAttempts: 0,
  });
  try {
    return await new Promise((resolve) => {
      let result: GraphQLResponse<T> = {};
      client.subscribe<T>(
        { query },
        {
          next: (value) => {
            result = value as GraphQLResponse<T>;
          },
          error: (refused) => resolve({ refused }),
          complete: () => resolve(result),
        },
      );
    });
  } finally {
    await client.dispose();
  }
}
