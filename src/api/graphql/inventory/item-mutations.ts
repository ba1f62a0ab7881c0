import type { TesseraContainer } from "../../../framework/container/container.ts";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { z } from "zod";
import { builder } from "../../../framework/graphql/builder.ts";
import { definedOnly, fields, parseInput } from "../../../framework/graphql/inputs.ts";
import { DeletePayload, payloadType } from "../../../framework/graphql/payloads.ts";
import { IdempotentDeleteInput, runMutationWorkflow } from "../../../framework/graphql/run-workflow.ts";
import { singleOfBatch } from "../../../framework/graphql/single-of-batch.ts";
import { additionalData, workflowFields } from "../../../framework/graphql/workflow-inputs.ts";
import { withUserErrors } from "../../../framework/graphql/user-errors.ts";
import * as workflows from "../../../workflows/inventory/index.ts";
import { InventoryItemRef, InventoryLevelRef } from "../../../modules/inventory/graphql/types.ts";
import { Modules } from "../../../modules/index.ts";

const quantity = fields.nonNegativeInt;
const levelSchema = z.object({
  locationId: z.string().min(1),
  stockedQuantity: quantity.nullish(),
  incomingQuantity: quantity.nullish(),
});
const itemShared = {
  sku: z.string().trim().min(1).nullish(),
  title: z.string().nullish(),
  description: z.string().nullish(),
  requiresShipping: z.boolean().nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
};
const createSchema = z.object({ ...itemShared, levels: z.array(levelSchema).nullish() });
const updateSchema = z.object({ id: z.string().min(1), ...itemShared });
const createLevelSchema = levelSchema.extend({ inventoryItemId: z.string().min(1) });
const updateLevelSchema = z.object({
  id: z.string().min(1),
  stockedQuantity: quantity.nullish(),
  incomingQuantity: quantity.nullish(),
});

const InventoryLevelInput = builder.inputType("InventoryLevelInput", {
  fields: (t) => ({ locationId: t.id({ required: true }), stockedQuantity: t.int(), incomingQuantity: t.int() }),
});
const CreateInventoryItemInput = builder.inputType("CreateInventoryItemInput", {
  fields: (t) => ({
    sku: t.string(),
    title: t.string(),
    description: t.string(),
    requiresShipping: t.boolean(),
    metadata: t.field({ type: "JSON" }),
    levels: t.field({ type: [InventoryLevelInput], description: "Stock per location; every location must exist." }),
    ...workflowFields(t),
  }),
});
const UpdateInventoryItemInput = builder.inputType("UpdateInventoryItemInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    sku: t.string(),
    title: t.string(),
    description: t.string(),
    requiresShipping: t.boolean(),
    metadata: t.field({ type: "JSON" }),
    ...workflowFields(t),
  }),
});
const CreateInventoryLevelInput = builder.inputType("CreateInventoryLevelInput", {
  fields: (t) => ({
    inventoryItemId: t.id({ required: true }),
    locationId: t.id({ required: true, description: "A stock location that exists." }),
    stockedQuantity: t.int(),
    incomingQuantity: t.int(),
    ...workflowFields(t),
  }),
});
const UpdateInventoryLevelInput = builder.inputType("UpdateInventoryLevelInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    stockedQuantity: t.int({ description: "Must not drop below what is reserved." }),
    incomingQuantity: t.int(),
    ...workflowFields(t),
  }),
});
const InventoryItemPayload = payloadType("InventoryItemPayload", "inventoryItem", InventoryItemRef);
const InventoryLevelPayload = payloadType("InventoryLevelPayload", "inventoryLevel", InventoryLevelRef);

const itemColumns = (input: Omit<z.infer<typeof updateSchema>, "id">) =>
  definedOnly({
    sku: input.sku,
    title: input.title,
    description: input.description,
    requires_shipping: input.requiresShipping,
    metadata: input.metadata as object | undefined,
  });
const levelColumns = (l: { stockedQuantity?: number | null; incomingQuantity?: number | null }) =>
  definedOnly({ stocked_quantity: l.stockedQuantity, incoming_quantity: l.incomingQuantity });

const inventory = (scope: TesseraContainer) => scope.resolve(Modules.INVENTORY);

builder.mutationFields((t) => ({
  createInventoryItem: t.field({
    authScopes: access.admin,
    type: InventoryItemPayload,
    description: "Creates an item with its stock per location; an unknown location is an INVALID_DATA userError.",
    args: { input: t.arg({ type: CreateInventoryItemInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(createSchema, args.input);
        const [created] = await singleOfBatch(() =>
          runMutationWorkflow(
            workflows.createInventoryItemsWorkflow,
            ctx.scope,
            {
              additional_data: additionalData(args.input.additionalData),
              items: [
                {
                  ...itemColumns(input),
                  levels: (input.levels ?? []).map((l) => ({ location_id: l.locationId, ...levelColumns(l) })),
                },
              ],
            },
            args.input.idempotencyKey,
          ),
        );
        return { inventoryItem: await inventory(ctx.scope).retrieveInventoryItem(created?.id ?? "") };
      }),
  }),
  updateInventoryItem: t.field({
    authScopes: access.admin,
    type: InventoryItemPayload,
    args: { input: t.arg({ type: UpdateInventoryItemInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(updateSchema, args.input);
        await runMutationWorkflow(
          workflows.updateInventoryItemsWorkflow,
          ctx.scope,
          {
            additional_data: additionalData(args.input.additionalData),
            items: [{ id: input.id, ...itemColumns(input) }],
          },
          args.input.idempotencyKey,
        );
        return { inventoryItem: await inventory(ctx.scope).retrieveInventoryItem(input.id) };
      }),
  }),
  deleteInventoryItem: t.field({
    authScopes: access.admin,
    type: DeletePayload,
    description: "Soft-deletes an item with its levels and reservations.",
    args: { input: t.arg({ type: IdempotentDeleteInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        await runMutationWorkflow(
          workflows.deleteInventoryItemsWorkflow,
          ctx.scope,
          { ids: [args.input.id] },
          args.input.idempotencyKey,
        );
        return { deletedId: args.input.id };
      }),
  }),
  createInventoryLevel: t.field({
    authScopes: access.admin,
    type: InventoryLevelPayload,
    description:
      "Stocks an item at a location; an unknown location is INVALID_DATA, a second level for the same pair DUPLICATE.",
    args: { input: t.arg({ type: CreateInventoryLevelInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(createLevelSchema, args.input);
        const [created] = await singleOfBatch(() =>
          runMutationWorkflow(
            workflows.createInventoryLevelsWorkflow,
            ctx.scope,
            {
              additional_data: additionalData(args.input.additionalData),
              inventory_levels: [
                {
                  inventory_item_id: input.inventoryItemId,
                  location_id: input.locationId,
                  ...levelColumns(input),
                },
              ],
            },
            args.input.idempotencyKey,
          ),
        );
        return { inventoryLevel: await inventory(ctx.scope).retrieveInventoryLevel(created?.id ?? "") };
      }),
  }),
  updateInventoryLevel: t.field({
    authScopes: access.admin,
    type: InventoryLevelPayload,
    args: { input: t.arg({ type: UpdateInventoryLevelInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(updateLevelSchema, args.input);
        await runMutationWorkflow(
          workflows.updateInventoryLevelsWorkflow,
          ctx.scope,
          {
            additional_data: additionalData(args.input.additionalData),
            inventory_levels: [{ id: input.id, ...levelColumns(input) }],
          },
          args.input.idempotencyKey,
        );
        return { inventoryLevel: await inventory(ctx.scope).retrieveInventoryLevel(input.id) };
      }),
  }),
  deleteInventoryLevel: t.field({
    authScopes: access.admin,
    type: DeletePayload,
    args: { input: t.arg({ type: IdempotentDeleteInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        await runMutationWorkflow(
          workflows.deleteInventoryLevelsWorkflow,
          ctx.scope,
          { ids: [args.input.id] },
          args.input.idempotencyKey,
        );
        return { deletedId: args.input.id };
      }),
  }),
}));
