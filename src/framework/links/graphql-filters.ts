import type { InputFieldRef, InputObjectRef } from "@pothos/core";
import type { BuilderTypes, InputFieldBuilder } from "../graphql/builder.ts";
import { modelInfo } from "../modules/datamodel.ts";
import type { Filters } from "../modules/filters.ts";
import type { ModelName } from "../modules/model.ts";
import { snakeCase } from "./define-link.ts";
import { hopsFrom } from "./registry.ts";

type FilterRef = InputObjectRef<BuilderTypes, object>;
type Translate = (input: never) => Filters;

// A module registers its GraphQL filter input per model; links then offer it on the other
// side's filter (`products(filter: { brand: { name: … } })`) without the modules knowing each other.
const filters = new Map<string, { input: FilterRef; translate: Translate }>();

/** Makes a model's filter input and its translation to service filters available to links. */
export function registerModelFilter(model: ModelName, input: FilterRef, translate: Translate): void {
  filters.set(model, { input, translate });
}

/** Filter fields the links add to a model's filter input: `brand: BrandFilter` on ProductFilter. */
export function linkFilterFields(
  model: ModelName,
  t: InputFieldBuilder,
): Record<string, InputFieldRef<BuilderTypes, unknown>> {
  const out: Record<string, InputFieldRef<BuilderTypes, unknown>> = {};
  for (const hop of hopsFrom(model)) {
    const target = filters.get(hop.to.model);
    if (!target) continue;
    out[hop.field] = t.field({
      type: target.input,
      description: hop.isList
        ? `Records with at least one linked ${hop.to.model} matching (link ${hop.link.entryPoint}).`
        : `Records whose linked ${hop.to.model} matches (link ${hop.link.entryPoint}).`,
    }) as InputFieldRef<BuilderTypes, unknown>;
  }
  return out;
}

/** The relations spec for `toServiceFilters`: each link filter field nests the target's filters. */
export function linkFilterRelations(model: ModelName): Record<string, [string, (nested: never) => Filters]> {
  const out: Record<string, [string, (nested: never) => Filters]> = {};
  for (const hop of hopsFrom(model)) {
    const target = filters.get(hop.to.model);
    if (target) out[hop.field] = [hop.field, target.translate];
  }
  return out;
}

const sortableTypes = new Set(["String", "Int", "Float", "BigInt", "Decimal", "DateTime", "Boolean"]);

/**
 * Sort values links add to a model's sort enum: a single linked record's columns, e.g.
 * `BRAND_NAME` → order key `brand.name`. Read when the module's sort input is declared.
 */
export function linkSortColumns(model: ModelName): Record<string, string> {
  const out: Record<string, string> = {};
  for (const hop of hopsFrom(model)) {
    if (hop.isList) continue;
    for (const field of modelInfo(hop.to.model).scalars) {
      if (
        field.isList ||
        field.name === "deleted_at" ||
        field.name.endsWith("_id") ||
        !(sortableTypes.has(field.type) || field.kind === "enum")
      )
        continue;
      out[`${snakeCase(hop.field).toUpperCase()}_${field.name.toUpperCase()}`] = `${hop.field}.${field.name}`;
    }
  }
  return out;
}
