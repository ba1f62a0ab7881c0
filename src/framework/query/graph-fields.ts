import {
  getNamedType,
  isEnumType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLLeafType,
  type GraphQLObjectType,
} from "graphql";
import { TesseraError } from "../errors/tessera-error.ts";
import { camelCase, snakeCase } from "../links/define-link.ts";

/** How to read one aliased field of a result back into a plain object. */
export type Shape = Map<
  string,
  { kind: "leaf"; type: GraphQLLeafType } | { kind: "object" | "connection"; shape: Shape }
>;

type Tree = Map<string, Tree>;

/** `["id", "brand.*", "variants.sku"]` → a tree of field names. */
export function fieldTree(fields: readonly string[]): Tree {
  const root: Tree = new Map();
  for (const path of fields) {
    let node = root;
    for (const part of path.split(".")) {
      if (!part)
        throw new TesseraError(TesseraError.Types.INVALID_DATA, `Malformed field path "${path}"`, {
          field: ["fields"],
        });
      if (!node.has(part)) node.set(part, new Map());
      node = node.get(part) as Tree;
    }
  }
  return root;
}

/** The page size a nested connection is read with (the connections' maximum). */
const nestedPage = 250;

/**
 * Field `extensions` that put an object field into `*`: a value that belongs to its parent (a
 * calculated price's `calculated_price` side), not a relation to another record.
 * @example t.field({ type: SideRef, extensions: inQueryGraphStar, resolve })
 */
export const inQueryGraphStar = { queryGraphStar: true } as const;

const inStar = (field: GraphQLField<unknown, unknown>) =>
  isLeafType(getNamedType(field.type)) || field.extensions?.queryGraphStar === true;

const requiredArgs = (field: GraphQLField<unknown, unknown>) =>
  field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);

/** A connection type: `edges { node }`, as every root list and list link is. */
export function connectionNode(type: GraphQLObjectType): GraphQLObjectType | undefined {
  const edges = type.getFields().edges;
  if (!edges || !type.getFields().pageInfo) return undefined;
  const node = (getNamedType(edges.type) as GraphQLObjectType).getFields().node;
  return node ? (getNamedType(node.type) as GraphQLObjectType) : undefined;
}

/**
 * The GraphQL selection for a field tree on `type`, each field aliased to its snake_case name
 * (`is_giftcard: isGiftcard`), and the shape that turns the answer back into plain objects.
 * `*` is every scalar and enum field (and value objects marked `inQueryGraphStar`); a relation
 * named alone means its `*`.
 */
export function selection(type: GraphQLObjectType, tree: Tree, where: string): { text: string; shape: Shape } {
  const fields = type.getFields();
  const shape: Shape = new Map();
  const parts: string[] = [];
  const wanted = new Map(tree);
  if (wanted.has("*")) {
    wanted.delete("*");
    for (const field of Object.values(fields)) {
      if (inStar(field) && !requiredArgs(field))
        wanted.set(snakeCase(field.name), wanted.get(snakeCase(field.name)) ?? new Map());
    }
  }
  if (fields.id && !wanted.has("id")) wanted.set("id", new Map());
  for (const [name, sub] of wanted) {
    const field = fields[camelCase(name)] ?? fields[name];
    if (!field || requiredArgs(field))
      throw new TesseraError(TesseraError.Types.INVALID_DATA, `Unknown field "${where}${name}" on ${type.name}`, {
        field: ["fields"],
      });
    const named = getNamedType(field.type);
    if (isLeafType(named)) {
      if (sub.size)
        throw new TesseraError(TesseraError.Types.INVALID_DATA, `"${where}${name}" is a value, it has no fields`, {
          field: ["fields"],
        });
      parts.push(`${name}: ${field.name}`);
      shape.set(name, { kind: "leaf", type: named });
      continue;
    }
    if (!isObjectType(named))
      throw new TesseraError(TesseraError.Types.INVALID_DATA, `"${where}${name}" cannot be selected`, {
        field: ["fields"],
      });
    const subTree: Tree = sub.size ? sub : new Map([["*", new Map()]]);
    const node = connectionNode(named);
    if (node) {
      const inner = selection(node, subTree, `${where}${name}.`);
      const first = field.args.some((a) => a.name === "first") ? `(first: ${nestedPage})` : "";
      parts.push(`${name}: ${field.name}${first} { edges { node { ${inner.text} } } }`);
      shape.set(name, { kind: "connection", shape: inner.shape });
    } else {
      const inner = selection(named, subTree, `${where}${name}.`);
      parts.push(`${name}: ${field.name} { ${inner.text} }`);
      shape.set(name, { kind: "object", shape: inner.shape });
    }
  }
  return { text: parts.join(" "), shape };
}

/** Turns an aliased GraphQL answer into plain objects: enums to their stored values, DateTime to Date, connections to arrays. */
export function toPlain(value: unknown, shape: Shape): Record<string, unknown> {
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [name, entry] of shape) {
    const v = source[name];
    if (v === null || v === undefined) {
      out[name] = v ?? null;
    } else if (entry.kind === "leaf") {
      const parse = (x: unknown) =>
        x === null ? null : isEnumType(entry.type) || entry.type.name === "DateTime" ? entry.type.parseValue(x) : x;
      out[name] = Array.isArray(v) ? v.map(parse) : parse(v);
    } else if (entry.kind === "connection") {
      out[name] = (v as { edges: { node: unknown }[] }).edges.map((e) => toPlain(e.node, entry.shape));
    } else {
      out[name] = Array.isArray(v) ? v.map((item) => toPlain(item, entry.shape)) : toPlain(v, entry.shape);
    }
  }
  return out;
}
