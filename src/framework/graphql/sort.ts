import { builder } from "./builder.ts";
import { SortDirection } from "./filters.ts";

/**
 * Declares `<Name>SortField` and `<Name>Sort { field, direction }` for a list, with each
 * GraphQL enum value mapped to its column.
 */
export function sortInput<const F extends Record<string, string>>(name: string, columns: F) {
  const values = Object.keys(columns) as (keyof F & string)[];
  const field = builder.enumType(`${name}SortField` as string, { values });
  const input = builder.inputType(`${name}Sort`, {
    fields: (t) => ({
      field: t.field({ type: field, required: true, description: "What to sort by." }),
      direction: t.field({
        type: SortDirection,
        defaultValue: "ASC",
        required: true,
        description: "ASC (default) or DESC.",
      }),
    }),
  });
  const toOrder = (
    sort: readonly { field: keyof F; direction: "ASC" | "DESC" }[] | null | undefined,
  ): Record<string, "ASC" | "DESC"> =>
    Object.fromEntries((sort ?? []).map((s) => [columns[s.field as string] as string, s.direction]));
  return { input, toOrder, columns };
}
