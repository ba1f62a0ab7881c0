import type { TypedDocumentString } from "../generated/gql/graphql.ts";

/** A GraphQL error as the server sends it. */
export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string };
}

/** Thrown for GraphQL errors (not userErrors, which are data). */
export class RequestError extends Error {
  constructor(readonly errors: GraphQLErrorShape[]) {
    super(errors.map((e) => e.message).join("; "));
  }
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

const listeners = new Set<() => void>();

/** Called when the server says the session is gone (expired, logged out elsewhere): the app sends to login. */
export function onSessionExpired(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Runs an operation over HTTP with the session cookie. The CSRF header is what lets a cookie
 * request through (the server refuses cookie posts without it).
 */
export function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  return send(document, variables, "same-origin");
}

/**
 * Runs an operation without the session cookie: as nobody, whoever is logged in in this browser
 * (accepting an invite answers for the invitee, not for the admin who may be logged in).
 */
export function anonymousRequest<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  return send(document, variables, "omit");
}

async function send<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables | undefined,
  credentials: RequestCredentials,
): Promise<TResult> {
  const response = await fetch("/graphql", {
    method: "POST",
    credentials,
    headers: { "content-type": "application/json", accept: "application/json", "x-tessera-csrf": "1" },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json()) as { data?: TResult; errors?: GraphQLErrorShape[] };
  if (body.errors?.length) {
    const error = new RequestError(body.errors);
    if (error.code === "UNAUTHENTICATED" && credentials !== "omit") for (const listener of listeners) listener();
    throw error;
  }
  return body.data as TResult;
}
