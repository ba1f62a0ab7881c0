import { GraphQLError } from "graphql";
import { fromDatabaseError } from "../errors/database-errors.ts";
import { TesseraError, graphqlCodeByType } from "../errors/tessera-error.ts";
import type { Logger } from "../logger.ts";

const codesFromGraphQL = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT", "PERSISTED_QUERY_NOT_FOUND"]);

/**
 * Yoga's error masking: a TesseraError keeps its message and gets `extensions.code`; anything
 * unexpected becomes INTERNAL with a generic message (no stack, no SQL), logged in full.
 */
export function createMaskError(logger: Logger) {
  return (error: unknown, message: string): Error => {
    if (!(error instanceof GraphQLError)) return new GraphQLError(message, { extensions: { code: "INTERNAL" } });
    const original = error.originalError ? fromDatabaseError(error.originalError) : undefined;
    if (TesseraError.is(original)) {
      const code = graphqlCodeByType[original.type];
      if (code === "INTERNAL") logger.error({ err: original }, "unexpected state");
      return new GraphQLError(code === "INTERNAL" ? message : original.message, {
        nodes: error.nodes, path: error.path, source: error.source, positions: error.positions,
        extensions: { code, ...(original.field ? { field: original.field } : {}) },
      });
    }
    if (!error.originalError || codesFromGraphQL.has(String(error.extensions?.code))) {
      // Parse, validation and variable-coercion errors are the caller's: keep them as they are.
      return new GraphQLError(error.message, {
        nodes: error.nodes, path: error.path, source: error.source, positions: error.positions,
        extensions: { ...error.extensions, code: error.extensions?.code ?? "BAD_USER_INPUT" },
      });
    }
    logger.error({ err: error.originalError, path: error.path }, "unexpected error in resolver");
    return new GraphQLError(message, { nodes: error.nodes, path: error.path, extensions: { code: "INTERNAL" } });
  };
}
