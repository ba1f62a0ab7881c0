import { GraphQLError, Kind, visit, type ArgumentNode, type ExecutionArgs, type ValueNode } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { GraphQLConfig } from "../config/types.ts";

type InputCaps = Pick<GraphQLConfig, "maxInputDepth" | "maxStringLength" | "maxSearchLength" | "maxFilterStringLength">;

// A UTF-16 half without its other half cannot be stored as UTF-8; NUL cannot be stored in PostgreSQL text.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function stringProblem(value: string, maxLength: number): string | null {
  if (value.includes("\u0000")) return "contains a NUL character";
  if (loneSurrogate.test(value)) return "contains an unpaired UTF-16 surrogate";
  if (value.length > maxLength) return `is longer than ${maxLength} characters`;
  return null;
}

/** The first problem in a value (a variable's, or one inside an argument), with its path. */
function valueProblem(value: unknown, path: string, caps: InputCaps, maxLength: number, depth: number): string | null {
  if (typeof value === "string") {
    const problem = stringProblem(value, maxLength);
    return problem && `${path} ${problem}`;
  }
  if (typeof value !== "object" || value === null) return null;
  if (depth >= caps.maxInputDepth) return `${path} is nested deeper than ${caps.maxInputDepth} levels`;
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  for (const [key, item] of entries) {
    const problem = valueProblem(item, `${path}.${key}`, caps, maxLength, depth + 1);
    if (problem) return problem;
  }
  return null;
}

/** The same check over an argument's literal, following the variables it uses. */
function literalProblem(
  node: ValueNode,
  path: string,
  args: ExecutionArgs,
  caps: InputCaps,
  maxLength: number,
  depth: number,
): string | null {
  switch (node.kind) {
    case Kind.STRING:
      return valueProblem(node.value, path, caps, maxLength, depth);
    case Kind.VARIABLE:
      return valueProblem(
        args.variableValues?.[node.name.value],
        `${path} ($${node.name.value})`,
        caps,
        maxLength,
        depth,
      );
    case Kind.LIST:
    case Kind.OBJECT: {
      if (depth >= caps.maxInputDepth) return `${path} is nested deeper than ${caps.maxInputDepth} levels`;
      const items =
        node.kind === Kind.LIST
          ? node.values.map((v, i) => [String(i), v] as const)
          : node.fields.map((f) => [f.name.value, f.value] as const);
      for (const [key, item] of items) {
        const problem = literalProblem(item, `${path}.${key}`, args, caps, maxLength, depth + 1);
        if (problem) return problem;
      }
      return null;
    }
    default:
      return null;
  }
}

/** `search` and `filter` arguments reach SQL as patterns and comparisons: shorter caps than other strings. */
function maxLengthFor(argument: ArgumentNode, caps: InputCaps): number {
  if (argument.name.value === "search") return caps.maxSearchLength;
  if (argument.name.value === "filter") return caps.maxFilterStringLength;
  return caps.maxStringLength;
}

function inputProblems(args: ExecutionArgs, caps: InputCaps): GraphQLError[] {
  for (const [name, value] of Object.entries(args.variableValues ?? {})) {
    const problem = valueProblem(value, `$${name}`, caps, caps.maxStringLength, 0);
    if (problem)
      return [new GraphQLError(`Variable ${problem}`, { extensions: { code: "BAD_USER_INPUT", variable: name } })];
  }
  const errors: GraphQLError[] = [];
  visit(args.document, {
    Argument(node) {
      const problem = literalProblem(node.value, node.name.value, args, caps, maxLengthFor(node, caps), 0);
      if (problem)
        errors.push(
          new GraphQLError(`Argument ${problem}`, {
            nodes: [node],
            extensions: { code: "BAD_USER_INPUT", argument: node.name.value },
          }),
        );
      return false;
    },
  });
  return errors.slice(0, 1);
}

/**
 * Refuses, before execution, input that no resolver should see: NUL characters and unpaired
 * surrogates (PostgreSQL cannot store them), strings over the configured lengths (`search`,
 * filter values, anything else), and arguments nested deeper than `maxInputDepth` (a filter's
 * `and: [{ and: … }]`). The error is BAD_USER_INPUT naming the variable or argument.
 */
export function useInputLimits(caps: InputCaps): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const errors = inputProblems(args, caps);
      if (errors.length) setResultAndStopExecution({ errors });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const errors = inputProblems(args, caps);
      if (errors.length) setResultAndStopExecution({ errors });
    },
  };
}
