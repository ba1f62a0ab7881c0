import { access } from "../../../framework/graphql/auth-scopes.ts";
import { z } from "zod";
import { builder } from "../../../framework/graphql/builder.ts";
import { definedOnly, fields, parseInput } from "../../../framework/graphql/inputs.ts";
import { DeleteInput, DeletePayload, payloadType } from "../../../framework/graphql/payloads.ts";
import { withUserErrors } from "../../../framework/graphql/user-errors.ts";
import { InventoryItemRef, InventoryLevelRef } from "./types.ts";

const quantity = fields.nonNegativeInt;
const levelSchema = z.object({ locationId: z.string().min(1), stockedQuantity: quantity.nullish(), incomingQuantity: quantity.nullish() });
const itemShared = {
  sku: z.string().trim().min(1).nullish(), title: z.string().nullish(), description: z.string().nullish(),
  requiresShipping: z.boolean().nullish(), metadata: z.record(z.string(), z.unknown()).nullish(),
};
const createSchema = z.object({ ...itemShared, levels: z.array(levelSchema).nullish() });
const updateSchema = z.object({ id: z.string().min(1), ...itemShared });
const createLevelSchema = levelSchema.extend({ inventoryItemId: z.string().min(1) });
const updateLevelSchema = z.object({ id: z.string().min(1), stockedQuantity: quantity.nullish(), incomingQuantity: quantity.nullish() });

const InventoryLevelInput = builder.inputType("InventoryLevelInput", {
  fields: (t) => ({ locationId: t.id({ required: true }), stockedQuantity: t.int(), incomingQuantity: t.int() }),
});
const CreateInventoryItemInput = builder.inputType("CreateInventoryItemInput", {
  fields: (t) => ({
    sku: t.string(), title: t.string(), description: t.string(), requiresShipping: t.boolean(), metadata: t.field({ type: "JSON" }),
    levels: t.field({ type: [InventoryLevelInput], description: "Stock per location." }),
  }),
});
const UpdateInventoryItemInput = builder.inputType("UpdateInventoryItemInput", {
  fields: (t) => ({ id: t.id({ required: true }), sku: t.string(), title: t.string(), description: t.string(), requiresShipping: t.boolean(), metadata: t.field({ type: "JSON" }) }),
});
const CreateInventoryLevelInput = builder.inputType("CreateInventoryLevelInput", {
  fields: (t) => ({ inventoryItemId: t.id({ required: true }), locationId: t.id({ required: true }), stockedQuantity: t.int(), incomingQuantity: t.int() }),
});
const UpdateInventoryLevelInput = builder.inputType("UpdateInventoryLevelInput", {
  fields: (t) => ({ id: t.id({ required: true }), stockedQuantity: t.int({ description: "Must not drop below what is reserved." }), incomingQuantity: t.int() }),
});
const InventoryItemPayload = payloadType("InventoryItemPayload", "inventoryItem", InventoryItemRef);
const InventoryLevelPayload = payloadType("InventoryLevelPayload", "inventoryLevel", InventoryLevelRef);

const itemColumns = (input: Omit<z.infer<typeof updateSchema>, "id">) => definedOnly({
  sku: input.sku, title: input.title, description: input.description, requires_shipping: input.requiresShipping, metadata: input.metadata as object | undefined,
});
const levelColumns = (l: { stockedQuantity?: number | null; incomingQuantity?: number | null }) => definedOnly({ stocked_quantity: l.stockedQuantity, incoming_quantity: l.incomingQuantity });

builder.mutationFields((t) => ({
  createInventoryItem: t.field({
    authScopes: access.admin,
    type: InventoryItemPayload,
    args: { input: t.arg({ type: CreateInventoryItemInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const input = parseInput(createSchema, args.input);
      const inventoryItem = await ctx.scope.resolve("inventory").createInventoryItems({
        ...itemColumns(input), levels: (input.levels ?? []).map((l) => ({ location_id: l.locationId, ...levelColumns(l) })),
      });
      return { inventoryItem };
    }),
  }),
  updateInventoryItem: t.field({
    authScopes: access.admin,
    type: InventoryItemPayload,
    args: { input: t.arg({ type: UpdateInventoryItemInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const input = parseInput(updateSchema, args.input);
      return { inventoryItem: await ctx.scope.resolve("inventory").updateInventoryItems({ id: input.id, ...itemColumns(input) }) };
    }),
  }),
  deleteInventoryItem: t.field({
    authScopes: access.admin,
    type: DeletePayload,
    description: "Soft-deletes an item with its levels and reservations.",
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const service = ctx.scope.resolve("inventory");
      await service.retrieveInventoryItem(args.input.id);
      await service.softDeleteInventoryItems([args.input.id]);
      return { deletedId: args.input.id };
    }),
  }),
  createInventoryLevel: t.field({
    authScopes: access.admin,
    type: InventoryLevelPayload,
    description: "Stocks an item at a location; a second level for the same pair is a DUPLICATE userError.",
    args: { input: t.arg({ type: CreateInventoryLevelInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const input = parseInput(createLevelSchema, args.input);
      const service = ctx.scope.resolve("inventory");
      await service.retrieveInventoryItem(input.inventoryItemId);
      return { inventoryLevel: await service.createInventoryLevels({ inventory_item_id: input.inventoryItemId, location_id: input.locationId, ...levelColumns(input) }) };
    }),
  }),
  updateInventoryLevel: t.field({
    authScopes: access.admin,
    type: InventoryLevelPayload,
    args: { input: t.arg({ type: UpdateInventoryLevelInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const input = parseInput(updateLevelSchema, args.input);
      return { inventoryLevel: await ctx.scope.resolve("inventory").setLevelQuantities(input.id, levelColumns(input)) };
    }),
  }),
  deleteInventoryLevel: t.field({
    authScopes: access.admin,
    type: DeletePayload,
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const service = ctx.scope.resolve("inventory");
      await service.retrieveInventoryLevel(args.input.id);
      await service.softDeleteInventoryLevels([args.input.id]);
      return { deletedId: args.input.id };
    }),
  }),
}));
