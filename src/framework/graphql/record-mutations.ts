import type { OutputRef } from "@pothos/core";
import type { z } from "zod";
import type { ScopeMap } from "./auth-scopes.ts";
import type { GraphQLContext } from "./context.ts";
import {
  type Clears,
  type Converters,
  type ConvertedColumns,
  convertedColumns,
  type Defaulted,
  type NoFields,
} from "./inputs.ts";
import { payloadType } from "./payloads.ts";
import { deleteMutation, type WorkflowFactory, workflowMutation } from "./workflow-mutation.ts";

/** One row of the batch a workflow takes under `batch` (`{ regions: [row] }`). */
type RowOf<WI, B extends string> = WI extends { [P in B]: readonly (infer R)[] } ? R : never;

/**
 * How the parsed input becomes the workflow's row. Optional where the input's given fields, in
 * snake_case, through `convert` and `clears` and with `defaults` for the missing ones, already are
 * one; required otherwise, so the types say which.
 */
type RowSpec<S extends z.ZodObject, WI, B extends string, C, X, D> = Defaulted<
  ConvertedColumns<z.output<S>, C, X>,
  D
> extends RowOf<WI, B>
  ? { row?: (input: z.output<S>) => RowOf<WI, B> }
  : { row: (input: z.output<S>) => RowOf<WI, B> };

/** One of a record's create / update mutations: its input, declared once in zod, and its workflow. */
export type RecordOperation<
  S extends z.ZodObject,
  WI,
  WO,
  B extends string,
  C extends Converters<z.output<S>> = NoFields,
  X extends Clears<z.output<S>> = NoFields,
  D = NoFields,
> = {
  description: string;
  /** The input's fields (the input type is named `Create<Name>Input` / `Update<Name>Input`). */
  schema: S;
  workflow: WorkflowFactory<WI, WO>;
  /** Fields whose column is not the given value itself (see Converters); without `row`. */
  convert?: C;
  /** Flags that clear another field's column (see Clears); without `row`. */
  clears?: X;
} & RowSpec<S, WI, B, C, X, D>;

/** A create: its row may fill the columns the input leaves out. */
export type CreateOperation<
  S extends z.ZodObject,
  WI,
  B extends string,
  C extends Converters<z.output<S>> = NoFields,
  X extends Clears<z.output<S>> = NoFields,
  D extends Partial<RowOf<WI, B>> = NoFields,
> = RecordOperation<S, WI, readonly { id: string }[], B, C, X, D> & {
  /**
   * Columns for the fields the input leaves out or sets to null (`{ countries: [] }`), what the
   * workflow would otherwise need `row` for; without `row`.
   */
  defaults?: D;
};

export interface RecordMutationsSpec<
  B extends string,
  T extends object,
  CS extends z.ZodObject,
  CI,
  US extends z.ZodObject,
  UI,
  CC extends Converters<z.output<CS>> = NoFields,
  CX extends Clears<z.output<CS>> = NoFields,
  UC extends Converters<z.output<US>> = NoFields,
  UX extends Clears<z.output<US>> = NoFields,
  CD extends Partial<RowOf<CI, B>> = NoFields,
> {
  /** The record's GraphQL type: the payload's field. */
  ref: OutputRef<T>;
  access: ScopeMap;
  /** The workflows' batch key: a row `r` runs as `{ [batch]: [r] }`. */
  batch: B;
  /** Adds `additionalData` to the create and update inputs (flows with hooks). */
  hooks?: boolean;
  /** Reads the record again for the payload, after the workflow (replays answer from JSON rows). */
  retrieve: (ctx: GraphQLContext, id: string) => Promise<T>;
  /** `create<Name>`: its workflow answers the created rows. */
  create?: CreateOperation<CS, CI, B, CC, CX, CD>;
  /** `update<Name>`: the schema has the record's `id`. */
  update?: RecordOperation<US, UI, unknown, B, UC, UX>;
  /** `delete<Name>(input: { id, idempotencyKey }): DeletePayload` (see deleteMutation). */
  delete?: Omit<Parameters<typeof deleteMutation>[1], "access">;
}

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/**
 * Declares a record's `create<Name>`, `update<Name>` and `delete<Name>` mutations from one
 * declaration: inputs from zod, the workflow run with the input's idempotency key, the payload
 * `<Name>Payload { <name>, userErrors }` with the record read again. Any of the three may be left
 * out. Answers the payload type and `retrieve`, for the record's other mutations.
 * @example
 * recordMutations("Store", {
 *   ref: StoreRef, access: access.admin, batch: "stores", hooks: true,
 *   retrieve: (ctx, id) => ctx.scope.resolve(Modules.STORE).retrieveStore(id),
 *   create: { description: "Creates a store.", schema: createSchema, workflow: createStoresWorkflow },
 *   update: { description: "Updates a store.", schema: updateSchema, workflow: updateStoresWorkflow },
 *   delete: { description: "Soft-deletes a store.", workflow: deleteStoresWorkflow },
 * });
 */
export function recordMutations<
  const B extends string,
  T extends object,
  CS extends z.ZodObject = z.ZodObject,
  CI = never,
  US extends z.ZodObject = z.ZodObject,
  UI = never,
  CC extends Converters<z.output<CS>> = NoFields,
  CX extends Clears<z.output<CS>> = NoFields,
  UC extends Converters<z.output<US>> = NoFields,
  UX extends Clears<z.output<US>> = NoFields,
  CD extends Partial<RowOf<CI, B>> = NoFields,
>(name: string, spec: RecordMutationsSpec<B, T, CS, CI, US, UI, CC, CX, UC, UX, CD>) {
  const field = lowerFirst(name);
  const payload = payloadType(`${name}Payload`, field, spec.ref);
  // The record's id: the created row's, or the one the update names (its schema requires `id`).
  const operations = [
    ["Create", spec.create, (output: unknown) => (output as { id: string }[])[0]?.id ?? "", spec.create?.defaults],
    ["Update", spec.update, (_output: unknown, input: Record<string, unknown>) => String(input.id), undefined],
  ] as const;
  for (const [verb, op, idOf, defaults] of operations) {
    if (!op) continue;
    workflowMutation(`${lowerFirst(verb)}${name}`, {
      access: spec.access,
      description: op.description,
      input: { name: `${verb}${name}Input`, schema: op.schema as z.ZodObject },
      hooks: spec.hooks,
      workflow: op.workflow as WorkflowFactory<unknown, unknown>,
      workflowInput: (input) => ({
        [spec.batch]: [
          op.row
            ? op.row(input as never)
            : { ...defaults, ...convertedColumns(input, op.convert as never, op.clears as never) },
        ],
      }),
      payload,
      result: async (output, input, ctx) => ({ [field]: await spec.retrieve(ctx, idOf(output, input)) }) as never,
    });
  }
  if (spec.delete) deleteMutation(`delete${name}`, { ...spec.delete, access: spec.access });
  return { payload, retrieve: spec.retrieve };
}
