import { useCallback, useEffect, useRef, useState } from "react";
import type { TypedDocumentString } from "../generated/gql/graphql.ts";
import { request } from "./client.ts";

/** The state of a query: its data once loaded, its error, and a refetch. */
export interface QueryState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  refetch: () => Promise<void>;
}

/** Runs a query when its variables change (compared as JSON). */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): QueryState<TResult> {
  const [data, setData] = useState<TResult>();
  const [error, setError] = useState<Error>();
  const [loading, setLoading] = useState(true);
  const key = JSON.stringify(variables);
  const latest = useRef(0);
  const run = useCallback(async () => {
    const ticket = ++latest.current;
    setLoading(true);
    try {
      const result = await (request as (d: unknown, v: unknown) => Promise<TResult>)(document, JSON.parse(key));
      if (ticket === latest.current) {
        setData(result);
        setError(undefined);
      }
    } catch (e) {
      if (ticket === latest.current) setError(e as Error);
    } finally {
      if (ticket === latest.current) setLoading(false);
    }
  }, [document, key]);
  useEffect(() => {
    void run();
  }, [run]);
  return { data, error, loading, refetch: run };
}

/** Runs a mutation on demand. */
export function mutate<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  return (request as (d: unknown, v: unknown) => Promise<TResult>)(document, variables);
}

/** A user error as mutations return it. */
export interface UserErrorShape {
  field?: readonly string[] | null;
  message: string;
  code: string;
}

/** The messages of `errors` for one input field (by its last path segment), or for none. */
export function errorFor(errors: readonly UserErrorShape[], field: string | null): string | undefined {
  const match = errors.filter((e) => (field === null ? !e.field?.length : e.field?.at(-1) === field));
  return match.length ? match.map((e) => e.message).join(" ") : undefined;
}
