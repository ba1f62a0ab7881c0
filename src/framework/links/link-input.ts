import { TesseraError } from "../errors/tessera-error.ts";
import type { LinkDefinition, LinkSide } from "./define-link.ts";
import { allLinks } from "./registry.ts";

/**
 * The link service's call shape, as in Medusa:
 * `{ product: { product_id: "prod_1" }, brand: { brand_id: "brand_1" }, data: { metadata: {} } }`.
 */
export interface LinkInput {
  /** `{ product_id: "prod_1" }` under the module's container key. */
  [moduleKey: string]: Record<string, unknown> | undefined;
  /** Values of the link's extra columns. */
  data?: Record<string, unknown>;
}

export interface ResolvedPair {
  link: LinkDefinition;
  leftId: string;
  rightId: string;
  data: Record<string, unknown>;
}

const invalid = (message: string, field?: string[]) =>
  new TesseraError(TesseraError.Types.INVALID_DATA, message, { field });

/** The side of some table link that a module key and an id column name. */
export function sideFor(moduleKey: string, column: string): LinkSide {
  const tableLinks = allLinks().filter((l) => !l.readOnly);
  const sides = tableLinks.flatMap((l) => [l.left, l.right]).filter((s) => s.module === moduleKey);
  if (!sides.length) throw invalid(`Unknown module key "${moduleKey}": no link involves it`, [moduleKey]);
  const side = sides.find((s) => s.column === column);
  if (!side)
    throw invalid(
      `Unknown id column ${moduleKey}.${column}; expected one of ${[...new Set(sides.map((s) => s.column))].join(", ")}`,
      [moduleKey, column],
    );
  return side;
}

function oneId(moduleKey: string, value: unknown): [string, string] {
  if (typeof value !== "object" || value === null)
    throw invalid(`${moduleKey} must be an object like { ${moduleKey}_id: "…" }`, [moduleKey]);
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length !== 1) throw invalid(`${moduleKey} must name exactly one id column`, [moduleKey]);
  const [column, id] = entries[0] as [string, unknown];
  if (typeof id !== "string" || !id)
    throw invalid(`${moduleKey}.${column} must be a non-empty id`, [moduleKey, column]);
  return [column, id];
}

/** Finds the link a create/dismiss input names and the two ids, in the link's own order. */
export function resolvePair(input: LinkInput): ResolvedPair {
  const keys = Object.keys(input).filter((k) => k !== "data");
  if (keys.length !== 2) throw invalid(`A link names two modules, got ${keys.length ? keys.join(", ") : "none"}`);
  const [a, b] = keys as [string, string];
  const [columnA, idA] = oneId(a, input[a]);
  const [columnB, idB] = oneId(b, input[b]);
  sideFor(a, columnA);
  sideFor(b, columnB);
  const link = allLinks().find(
    (l) =>
      !l.readOnly &&
      ((l.left.module === a && l.left.column === columnA && l.right.module === b && l.right.column === columnB) ||
        (l.left.module === b && l.left.column === columnB && l.right.module === a && l.right.column === columnA)),
  );
  if (!link) throw invalid(`No link between ${a}.${columnA} and ${b}.${columnB}`);
  const leftFirst = link.left.module === a && link.left.column === columnA;
  const data = input.data ?? {};
  for (const key of Object.keys(data)) {
    if (!(key in link.extraColumns)) throw invalid(`Link ${link.entryPoint} has no column "${key}"`, ["data", key]);
  }
  return { link, leftId: leftFirst ? idA : idB, rightId: leftFirst ? idB : idA, data };
}

/** The records a delete/restore input starts from: `{ product: { product_id: ["prod_1"] } }`. */
export function resolveRoots(
  input: Record<string, Record<string, string | string[]>>,
): { side: LinkSide; ids: string[] }[] {
  const keys = Object.keys(input);
  if (!keys.length) throw invalid('Name at least one module, e.g. { product: { product_id: "prod_1" } }');
  return keys.flatMap((key) =>
    Object.entries(input[key] ?? {}).map(([column, value]) => {
      const ids = Array.isArray(value) ? value : [value];
      if (!ids.every((id) => typeof id === "string" && id))
        throw invalid(`${key}.${column} must be ids`, [key, column]);
      return { side: sideFor(key, column), ids };
    }),
  );
}
