import { createClient, type Client } from "graphql-ws";
import type { TypedDocumentString } from "../generated/gql/graphql.ts";
import { sessionToken } from "./auth.ts";

let client: Client | null = null;

function socket(): Client {
  const url = `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/graphql`;
  client ??= createClient({
    url,
    lazy: true,
    retryAttempts: 5,
    connectionParams: async () => {
      const token = await sessionToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });
  return client;
}

/** Subscribes over graphql-ws; returns the unsubscribe function. */
export function subscribe<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  handlers: { next: (data: TResult) => void; error?: (error: unknown) => void },
): () => void {
  return socket().subscribe<TResult>(
    { query: document.toString(), variables: variables as Record<string, unknown> },
    {
      next: (result) => result.data && handlers.next(result.data as TResult),
      error: (error) => handlers.error?.(error),
      complete: () => {},
    },
  );
}

/** Closes the socket (on log out: the next subscription authenticates afresh). */
export function closeLive(): void {
  client?.dispose();
  client = null;
}
