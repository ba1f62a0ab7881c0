import { tableOf } from "../modules/datamodel.ts";
import { lowerFirst, type ModelName } from "../modules/model.ts";
import type { Linkable } from "../modules/module.ts";

/** A column a link table carries besides the two ids (`metadata`, `rank`, …). */
export interface ExtraColumn {
  type: "text" | "json" | "integer" | "float" | "boolean" | "datetime";
  /** Default true: the column may be null. */
  nullable?: boolean;
  /** A literal default; `"now"` for a datetime means the insert time. */
  defaultValue?: string | number | boolean | Record<string, unknown>;
}

/** One side of `defineLink`: a linkable, or `{ linkable, isList, deleteCascades, field }`. */
export interface LinkSideInput {
  linkable: Linkable;
  /** The other side sees a list of these (one-to-many / many-to-many). Default false. */
  isList?: boolean;
  /** Deleting a record of the other side soft-deletes the linked records of this side. Default false. */
  deleteCascades?: boolean;
  /** Read-only links: the column of the first model holding the second model's id. */
  field?: string;
}

export interface LinkOptions {
  database?: {
    /** The link table. Default `link_<entryPoint>`. */
    table?: string;
    extraColumns?: Record<string, ExtraColumn>;
  };
  /** No table: the first side's `field` holds the id of the second model. */
  readOnly?: boolean;
}

/** A resolved side of a link. */
export interface LinkSide {
  module: string;
  model: ModelName;
  linkable: Linkable;
  /** The id column in the link table: `product_id`. */
  column: string;
  /** The model's table: its `@@map` in the Prisma schema (`promotion_campaign` for Campaign). */
  table: string;
  isList: boolean;
  deleteCascades: boolean;
  field?: string;
}

/** What `defineLink` returns: everything the tables, the link service and the graph need. */
export interface LinkDefinition {
  /** The link's own entity name, for `query.graph({ entity: link.entryPoint })`: `product_brand`. */
  readonly entryPoint: string;
  /** The Prisma model generated into src/links/links.prisma: `LinkProductBrand`. */
  readonly prismaModel: string;
  readonly table: string;
  readonly left: LinkSide;
  readonly right: LinkSide;
  readonly extraColumns: Readonly<Record<string, ExtraColumn>>;
  readonly readOnly: boolean;
}

/** `ProductVariant` → `product_variant` */
export const snakeCase = (value: string) => value.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
/** `product_variant` → `ProductVariant` */
export const pascalCase = (value: string) =>
  value
    .split("_")
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join("");
/** `featured_product` → `featuredProduct` */
export const camelCase = (value: string) => lowerFirst(pascalCase(value));

function isSideInput(value: Linkable | LinkSideInput): value is LinkSideInput {
  return "linkable" in value;
}

function side(input: Linkable | LinkSideInput): LinkSide {
  const s = isSideInput(input) ? input : { linkable: input };
  const model = s.linkable.model.name;
  return {
    module: s.linkable.module,
    model,
    linkable: s.linkable,
    column: `${snakeCase(s.linkable.key)}_id`,
    table: tableOf(model),
    isList: s.isList ?? false,
    deleteCascades: s.deleteCascades ?? false,
    field: s.field,
  };
}

/**
 * Links two modules' models without a foreign key between their tables: a link table holds
 * both ids (plus any extra columns), and in GraphQL each side gets a field for the other.
 * @example export default defineLink({ linkable: ProductModule.linkable.product, isList: true }, BrandModule.linkable.brand)
 */
export function defineLink(
  first: Linkable | LinkSideInput,
  second: Linkable | LinkSideInput,
  options: LinkOptions = {},
): LinkDefinition {
  const left = side(first);
  const right = side(second);
  if (left.column === right.column)
    throw new Error(`defineLink: both sides are ${left.model}; link two different models`);
  if (options.readOnly && !left.field)
    throw new Error(
      `defineLink: a read-only link needs the first side's field (the column holding the ${right.model} id)`,
    );
  const entryPoint =
    options.readOnly && left.field
      ? `${snakeCase(left.linkable.key)}_${left.field.replace(/_id$/, "")}`
      : `${snakeCase(left.linkable.key)}_${snakeCase(right.linkable.key)}`;
  for (const name of Object.keys(options.database?.extraColumns ?? {})) {
    if (
      !/^[a-z][a-z0-9_]*$/.test(name) ||
      [left.column, right.column, "created_at", "updated_at", "deleted_at"].includes(name)
    ) {
      throw new Error(
        `defineLink ${entryPoint}: extra column "${name}" must be snake_case and not clash with the link's own columns`,
      );
    }
  }
  return {
    entryPoint,
    prismaModel: `Link${pascalCase(entryPoint)}`,
    table: options.database?.table ?? `link_${entryPoint}`,
    left,
    right,
    extraColumns: options.database?.extraColumns ?? {},
    readOnly: options.readOnly ?? false,
  };
}
