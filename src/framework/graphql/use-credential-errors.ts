import { GraphQLError, type ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { GraphQLContext } from "./context.ts";

/** The refusal for a request whose credential proved nothing, or null. */
function refusal(context: Partial<GraphQLContext>): ExecutionResult | null {
  const problem = context.auth?.credentialError;
  if (!problem) return null;
  const extensions = { code: problem.code, header: problem.header, http: { status: 401 } };
  return { errors: [new GraphQLError(problem.message, { extensions })] };
}

/**
 * Refuses every operation (queries, mutations, subscriptions, over HTTP and graphql-ws) of a
 * request that presented a wrong credential: INVALID_API_KEY or INVALID_TOKEN naming the header,
 * so a typo in a key or an expired token is not mistaken for browsing as a guest.
 */
export function useCredentialErrors(): Plugin<GraphQLContext> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const refused = refusal(args.contextValue as Partial<GraphQLContext>);
      if (refused) setResultAndStopExecution(refused);
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refused = refusal(args.contextValue as Partial<GraphQLContext>);
      if (refused) setResultAndStopExecution(refused);
    },
  };
}
