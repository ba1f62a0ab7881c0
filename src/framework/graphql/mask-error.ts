import { PothosValidationError } from "@pothos/core";
import { GraphQLError } from "graphql";
import { fromDatabaseError } from "../errors/database-errors.ts";
import { TesseraError, graphqlCodeByType } from "../errors/tessera-error.ts";
import type { Logger } from "../logger.ts";

const codesFromGraphQL = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "PERSISTED_QUERY_NOT_FOUND",
]);

type Located = Pick<GraphQLError, "nodes" | "path" | "source" | "positions">;

function located(error: GraphQLError): Located {
  return { nodes: error.nodes, path: error.path, source: error.source, positions: error.positions };
}

/**
 * Yoga's error masking: a TesseraError keeps its message and gets `extensions.code`; a bad
 * argument (a negative `first`, a malformed cursor, a scalar that will not parse) is BAD_USER_INPUT;
 * anything unexpected becomes INTERNAL with a generic message (no stack, no SQL). Only INTERNAL is
 * logged at error level, in full; the caller's mistakes are logged at info with their code.
 * Every error it has seen goes into `handled`, so Yoga's own logger does not log it again.
 */
export function createMaskError(logger: Logger, handled: WeakSet<object> = new WeakSet()) {
  const clientError = (error: GraphQLError, message: string, extensions: Record<string, unknown>): GraphQLError => {
    logger.info({ code: extensions.code, path: error.path, message }, "GraphQL request refused");
    return new GraphQLError(message, { ...located(error), extensions });
  };
  const mask = (thrown: unknown, message: string): Error => {
    // A plugin (the cost check decoding a node id) may throw a TesseraError before any resolver runs.
    const error =
      thrown instanceof GraphQLError
        ? thrown
        : TesseraError.is(thrown)
          ? new GraphQLError(thrown.message, { originalError: thrown })
          : null;
    if (!error) {
      logger.error({ err: thrown }, "unexpected error outside a resolver");
      return new GraphQLError(message, { extensions: { code: "INTERNAL" } });
    }
    const original = error.originalError ? fromDatabaseError(error.originalError) : undefined;
    if (TesseraError.is(original)) {
      const code = graphqlCodeByType[original.type];
      if (code === "INTERNAL") {
        logger.error({ err: original }, "unexpected state");
        return new GraphQLError(message, { ...located(error), extensions: { code } });
      }
      return clientError(error, original.message, {
        code,
        ...original.details,
        ...(original.field ? { field: original.field } : {}),
      });
    }
    if (original instanceof PothosValidationError) {
      // Pothos refuses bad connection arguments this way: first: -1, or a cursor it cannot decode.
      const text = /base64|cursor/i.test(original.message)
        ? `Invalid cursor in after/before: ${original.message}`
        : original.message;
      return clientError(error, text, { code: "BAD_USER_INPUT" });
    }
    if (
      !error.originalError ||
      codesFromGraphQL.has(String(error.extensions?.code)) ||
      // A resolver refused the call with a GraphQLError of its own code (UNKNOWN_EVENT): the caller's to fix.
      (error.originalError instanceof GraphQLError && typeof error.originalError.extensions?.code === "string")
    ) {
      // Parse, validation, limit and variable-coercion errors are the caller's: keep them as they are.
      return clientError(error, error.message, {
        ...error.extensions,
        code: error.extensions?.code ?? "BAD_USER_INPUT",
      });
    }
    logger.error({ err: error.originalError, path: error.path }, "unexpected error in resolver");
    return new GraphQLError(message, { nodes: error.nodes, path: error.path, extensions: { code: "INTERNAL" } });
  };
  return (error: unknown, message: string): Error => {
    if (typeof error === "object" && error !== null) handled.add(error);
    return mask(error, message);
  };
}
