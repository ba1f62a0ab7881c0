import { GraphQLScalarType, Kind, type ValueNode } from "graphql";
import { builder } from "./builder.ts";

builder.addScalarType(
  "DateTime",
  new GraphQLScalarType<Date, string>({
    name: "DateTime",
    description: "An ISO-8601 timestamp in UTC.",
    serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString()),
    parseValue: (value) => parseDate(value),
    parseLiteral: (ast) => (ast.kind === Kind.STRING ? parseDate(ast.value) : invalid("DateTime must be a string")),
  }),
);

function invalid(message: string): never {
  throw new TypeError(message);
}

function parseDate(value: unknown): Date {
  const date = new Date(String(value));
  if (typeof value !== "string" || Number.isNaN(date.getTime())) invalid(`Invalid DateTime: ${JSON.stringify(value)}`);
  return date;
}

function literalToJson(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map(literalToJson);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literalToJson(f.value)]));
    default:
      return invalid("Variables are not allowed inside JSON literals");
  }
}

builder.addScalarType(
  "JSON",
  new GraphQLScalarType({
    name: "JSON",
    description: "Arbitrary JSON (metadata).",
    serialize: (value) => value,
    parseValue: (value) => value,
    parseLiteral: literalToJson,
  }),
);
