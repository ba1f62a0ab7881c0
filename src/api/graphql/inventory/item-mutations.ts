import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import { columnsOf, fields } from "../../../framework/graphql/inputs.ts";
import { recordMutations } from "../../../framework/graphql/record-mutations.ts";
import { workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { metadataInput, zodId } from "../../../framework/graphql/zod-input.ts";
import { Modules } from "../../../modules/index.ts";
import { InventoryItemRef, InventoryLevelRef } from "../../../modules/inventory/graphql/types.ts";
import * as workflows from "../../../workflows/inventory/index.ts";

const quantity = fields.nonNegativeInt.nullish();
const levelSchema = z
  .object({
    locationId: zodId().describe("The stock location."),
    stockedQuantity: quantity.describe("Units on hand at the location."),
    incomingQuantity: quantity.describe("Units on the way (ordered from a supplier)."),
  })
  .meta({ graphql: { inputName: "InventoryLevelInput" } });
const itemFields = {
  sku: z.string().trim().min(1).nullish().describe("The stock keeping unit, unique among inventory items."),
  title: z.string().nullish().describe("The item's name."),
  description: z.string().nullish().describe("The item's description."),
  requiresShipping: z.boolean().nullish().describe("Whether the item is shipped (default true)."),
  metadata: metadataInput(),
};
const createSchema = z.object({
  ...itemFields,
  levels: z.array(levelSchema).nullish().describe("Stock per location; every location must exist."),
});
const updateSchema = z.object({ id: zodId().describe("The inventory item to update."), ...itemFields });
const createLevelSchema = z.object({
  inventoryItemId: zodId().describe("The inventory item whose stock this is."),
  locationId: zodId().describe("A stock location that exists."),
  stockedQuantity: quantity.describe("Units on hand at the location."),
  incomingQuantity: quantity.describe("Units on the way (ordered from a supplier)."),
});
const updateLevelSchema = z.object({
  id: zodId().describe("The inventory level to update."),
  stockedQuantity: quantity.describe("Must not drop below what is reserved."),
  incomingQuantity: quantity.describe("Units on the way (ordered from a supplier)."),
});

/** A new item's stock per location, as the workflow takes it. */
const toLevels = (levels: z.output<typeof levelSchema>[]) => levels.map((level) => columnsOf(level));

const inventory = (ctx: GraphQLContext) => ctx.scope.resolve(Modules.INVENTORY);

recordMutations("InventoryItem", {
  ref: InventoryItemRef,
  access: access.admin,
  batch: "items",
  hooks: true,
  retrieve: (ctx, id) => inventory(ctx).retrieveInventoryItem(id),
  create: {
    description: "Creates an item with its stock per location; an unknown location is an INVALID_DATA userError.",
    schema: createSchema,
    workflow: workflows.createInventoryItemsWorkflow,
    convert: { levels: toLevels },
    defaults: { levels: [] },
  },
  update: {
    description: "Updates an inventory item's SKU, title, description, shipping requirement or metadata.",
    schema: updateSchema,
    workflow: workflows.updateInventoryItemsWorkflow,
  },
  delete: {
    description: "Soft-deletes an item with its levels and reservations.",
    workflow: workflows.deleteInventoryItemsWorkflow,
  },
});

const { payload: InventoryLevelPayload, retrieve: retrieveLevel } = recordMutations("InventoryLevel", {
  ref: InventoryLevelRef,
  access: access.admin,
  batch: "inventory_levels",
  hooks: true,
  retrieve: (ctx, id) => inventory(ctx).retrieveInventoryLevel(id),
  create: {
    description:
      "Stocks an item at a location; an unknown location is INVALID_DATA, a second level for the same pair DUPLICATE.",
    schema: createLevelSchema,
    workflow: workflows.createInventoryLevelsWorkflow,
  },
  update: {
    description: "Sets a level's stocked or incoming quantity.",
    schema: updateLevelSchema,
    workflow: workflows.updateInventoryLevelsWorkflow,
  },
  delete: { description: "Removes an item's stock at a location.", workflow: workflows.deleteInventoryLevelsWorkflow },
});

const adjustLevelSchema = z.object({
  inventoryItemId: zodId().describe("The inventory item whose stock changes."),
  locationId: zodId().describe("The stock location where it changes."),
  delta: z
    .number()
    .int()
    .describe(
      "Units to add to the stocked quantity; negative to remove. Applied under a lock: concurrent deltas all count.",
    ),
});

workflowMutation("adjustInventoryLevel", {
  access: access.admin,
  description:
    "Adds a delta to an item's stock at a location. userErrors: NOT_FOUND (unknown item or location), NOT_STOCKED_AT_LOCATION (no level there), INVALID_DATA (stock below zero), NOT_ALLOWED (below what is reserved).",
  input: { name: "AdjustInventoryLevelInput", schema: adjustLevelSchema },
  workflow: workflows.adjustInventoryLevelsWorkflow,
  workflowInput: (input) => ({
    input: [{ inventory_item_id: input.inventoryItemId, location_id: input.locationId, adjustment: input.delta }],
  }),
  payload: InventoryLevelPayload,
  result: async ([level], _input, ctx) => ({
    inventoryLevel: await retrieveLevel(ctx, level?.id ?? ""),
  }),
});
