import { monotonicFactory } from "ulid";
import { pooledRandom } from "../crypto/pooled-random.ts";
import { TesseraError } from "../errors/tessera-error.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

export type ModelName = Prisma.ModelName;
/** The scalar columns of a model's row, straight from the generated Prisma types. */
export type ModelRecord<N extends ModelName> = Prisma.TypeMap["model"][N]["payload"]["scalars"];
/** Relation names of a model. */
export type ModelRelations<N extends ModelName> = keyof Prisma.TypeMap["model"][N]["payload"]["objects"] & string;
export type ScalarField<N extends ModelName> = keyof ModelRecord<N> & string;

/**
 * How the service factory treats one Prisma model: the id prefix, the names of its generated
 * methods, the fields `q` searches, and which children a soft delete takes along.
 */
export interface ModelDef<N extends ModelName = ModelName, S extends string = string, P extends string = string> {
  readonly name: N;
  /** Used in method names: `retrieve${singular}`. Default: the Prisma model name. */
  readonly singular: S;
  /** Used in method names: `list${plural}`. Default: singular + "s". */
  readonly plural: P;
  /** Prefix of generated ids (`prod` gives `prod_01J…`). Absent when the primary key is supplied by the caller. */
  readonly idPrefix?: string;
  /** Fields the `q` filter searches (case-insensitive substring). */
  readonly searchable: readonly string[];
  /** Relations soft-deleted and restored together with the record. */
  readonly cascades: { readonly delete: readonly string[] };
  /**
   * How a model without a hand-written GraphQL type is exposed: by default admins read it (Node
   * type, root connection, query.graph); `{ access: "store" }` lets storefronts read it too;
   * `"query"` keeps it out of the client schema but readable by query.graph (server code, as an
   * admin); `false` keeps it out of GraphQL (secrets, infrastructure).
   */
  readonly graphql?: false | "query" | { readonly access: "admin" | "store" };
}

export interface ModelOptions<N extends ModelName, S extends string, P extends string> {
  idPrefix?: string;
  singular?: S;
  plural?: P;
  searchable?: readonly ScalarField<N>[];
  cascades?: { delete?: readonly ModelRelations<N>[] };
  /** See ModelDef.graphql. Default: admins read it. */
  graphql?: false | "query" | { access: "admin" | "store" };
}

// What `q` searches per model, for filters that reach a model through a relation or a link (the
// filter compiler sees model names there, not the module's definitions). Pure data, set when the
// model is declared.
const searchableByModel = new Map<string, readonly string[]>();

/** The fields `q` searches on a model; none for a model no module declared. */
export function searchableFields(name: string): readonly string[] {
  return searchableByModel.get(name) ?? [];
}

/**
 * Declares how a Prisma model is served by its module.
 * @example export const Product = model("Product", { idPrefix: "prod", searchable: ["title"], cascades: { delete: ["variants"] } })
 */
export function model<const N extends ModelName, const S extends string = N, const P extends string = `${S}s`>(
  name: N,
  options: ModelOptions<N, S, P> = {},
): ModelDef<N, S, P> {
  const singular = (options.singular ?? name) as S;
  searchableByModel.set(name, options.searchable ?? []);
  return {
    name,
    singular,
    plural: (options.plural ?? `${singular}s`) as P,
    idPrefix: options.idPrefix,
    searchable: options.searchable ?? [],
    cascades: { delete: options.cascades?.delete ?? [] },
    graphql: options.graphql,
  };
}

// Monotonic within the process: rows made in the same millisecond (one INSERT of a list) still sort
// by id in the order they were made, as relations read without an explicit order rely on.
const ulid = monotonicFactory(pooledRandom);

/** A new prefixed ULID: sortable by creation time, globally unique, typed by its prefix. */
export function generateId(prefix: string): string {
  return `${prefix}_${ulid()}`;
}

/**
 * A new id for a row of `def`, chosen before its INSERT so rows written beside it in the same
 * batch can name it (an option its product, a value its option).
 */
export function newId(def: Pick<ModelDef, "name" | "idPrefix">): string {
  if (!def.idPrefix)
    throw new TesseraError(
      TesseraError.Types.UNEXPECTED_STATE,
      `${def.name} has no id prefix: its caller supplies ids`,
    );
  return generateId(def.idPrefix);
}

/** `ProductVariant` → `productVariant` (the key of the model in `Module.linkable`). */
export function lowerFirst<S extends string>(value: S): Uncapitalize<S> {
  return (value.charAt(0).toLowerCase() + value.slice(1)) as Uncapitalize<S>;
}
