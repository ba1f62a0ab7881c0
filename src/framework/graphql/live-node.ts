import type { FieldRef } from "@pothos/core";
import type { BuilderTypes } from "./builder.ts";

// Most read types are Relay nodes of soft-deletable rows that carry the same bookkeeping columns.
// These are spread into `builder.prismaNode` options and fields, so each type names only what is
// its own. recordFields is typed by what it calls: a model without `metadata` or `created_at`
// fails type-checking where it spreads them.

type Ref<T> = FieldRef<BuilderTypes, T, "Object">;

/**
 * The `id` and `findUnique` of a node whose row is soft-deleted: node(id:) finds no deleted row.
 * @example builder.prismaNode("SalesChannel", { ...liveNode, authScopes: access.admin, fields })
 */
export const liveNode = {
  id: { field: "id" },
  findUnique: (id: string) => ({ id, deleted_at: null }),
} as const;

/** A field builder that exposes a record's `metadata` and `created_at`. */
export type RecordColumns = {
  expose: ((name: "metadata", options: { type: "JSON"; nullable: true }) => Ref<unknown>) &
    ((name: "created_at", options: { type: "DateTime" }) => Ref<Date>);
};

/** `metadata` and `createdAt`, as most records show them. */
export function recordFields(t: RecordColumns) {
  return {
    metadata: t.expose("metadata", { type: "JSON", nullable: true }),
    createdAt: t.expose("created_at", { type: "DateTime" }),
  };
}
