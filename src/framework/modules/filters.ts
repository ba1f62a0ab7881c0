type Scalar = string | number | boolean | Date | null;

/** Operators a filter value may use, as in Medusa: `{ title: { $ilike: "%shirt%" } }`. */
export interface OperatorMap<T = Scalar> {
  $eq?: T;
  $ne?: T;
  $in?: T[];
  $nin?: T[];
  $lt?: T;
  $lte?: T;
  $gt?: T;
  $gte?: T;
  $like?: string;
  $ilike?: string;
}

/**
 * A filter on a model: field → value, array (in; "contains any" on a list column), operator map,
 * or a nested filter on a relation or link. Compiled to SQL by `where` (links/sql-filters.ts).
 */
export type Filters = {
  $and?: Filters[];
  $or?: Filters[];
  /** Records the filter does not match (also those it cannot decide because a column is NULL). */
  $not?: Filters;
  /** Searches the model's searchable fields. */
  q?: string;
} & { [field: string]: unknown };
