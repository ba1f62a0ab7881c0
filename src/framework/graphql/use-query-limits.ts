import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesPlugin } from "@escape.tech/graphql-armor-max-directives";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import { createComplexityRule } from "@pothos/plugin-complexity";
import { GraphQLError, validate, type ExecutionArgs } from "graphql";
import { isAsyncIterable, type Plugin } from "graphql-yoga";
import type { GraphQLConfig } from "../config/types.ts";
import { authScopesFor } from "./auth-scopes.ts";
import type { GraphQLContext } from "./context.ts";

/** What `extensions.cost` reports: the operation's schema-derived cost and the caller's limit. */
export interface QueryCost {
  requested: number;
  limit: number;
}

/** Admin users and secret keys get the admin limit; storefront callers (publishable key, customer, anonymous) the lower one. */
function costLimitFor(ctx: GraphQLContext, config: GraphQLConfig): number {
  return authScopesFor(ctx).admin ? config.adminCostLimit : config.storefrontCostLimit;
}

/** Measures the operation with @pothos/plugin-complexity's rule; over the limit is an error, before anything runs. */
function measureCost(args: ExecutionArgs, limit: number): { cost: QueryCost; errors: readonly GraphQLError[] } {
  const cost: QueryCost = { requested: 0, limit };
  const rule = createComplexityRule({
    context: args.contextValue as object,
    variableValues: args.variableValues ?? {},
    operationName: args.operationName,
    validate: (result, report) => {
      cost.requested = result.complexity;
      if (result.complexity > limit) {
        report(
          new GraphQLError(
            `Query cost ${result.complexity} exceeds this caller's limit of ${limit}; ask for smaller pages (first/last) or fewer nested lists`,
            {
              extensions: { code: "COST_LIMIT_EXCEEDED", cost },
            },
          ),
        );
      }
    },
  });
  // Variables that do not coerce are reported here first: they are the caller's mistake.
  const errors = validate(args.schema, args.document, [rule]).map((error) =>
    error.extensions.code
      ? error
      : new GraphQLError(error.message, {
          nodes: error.nodes,
          extensions: { ...error.extensions, code: "BAD_USER_INPUT" },
        }),
  );
  return { cost, errors };
}

/**
 * The cost half of the query limits: every operation's cost is computed from the schema
 * (query-cost.ts) before execution, refused over the caller's limit, and reported in
 * `extensions.cost` of the answer.
 */
function useQueryCost(config: GraphQLConfig): Plugin<GraphQLContext> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const { cost, errors } = measureCost(args, costLimitFor(args.contextValue, config));
      if (errors.length) {
        setResultAndStopExecution({ errors, extensions: { cost } });
        return;
      }
      return {
        onExecuteDone({ result, setResult }) {
          if (!isAsyncIterable(result)) setResult({ ...result, extensions: { ...result.extensions, cost } });
        },
      };
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const { cost, errors } = measureCost(args, costLimitFor(args.contextValue, config));
      if (errors.length) setResultAndStopExecution({ errors, extensions: { cost } });
    },
  };
}

/**
 * Query limits for /graphql and graphql-ws: GraphQL Armor's token limit while parsing, its depth,
 * alias and directive limits while validating, then the per-caller cost limit before execution.
 * A refused operation never reaches a resolver (nor the database).
 */
export function useQueryLimits(config: GraphQLConfig): Plugin<GraphQLContext>[] {
  return [
    maxTokensPlugin({ n: config.maxTokens }),
    maxDepthPlugin({ n: config.maxDepth, ignoreIntrospection: true }),
    maxAliasesPlugin({ n: config.maxAliases }),
    maxDirectivesPlugin({ n: config.maxDirectives }),
    useQueryCost(config),
  ];
}
