import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import { fields } from "../../../framework/graphql/inputs.ts";
import { payloadType } from "../../../framework/graphql/payloads.ts";
import { deleteMutation, workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { zodId } from "../../../framework/graphql/zod-input.ts";
import { Modules } from "../../../modules/index.ts";
import { ProductVariantRef } from "../../../modules/product/graphql/types.ts";
import {
  createProductVariantsWorkflow,
  deleteProductVariantsWorkflow,
  updateProductVariantsWorkflow,
} from "../../../workflows/product/product-variants.ts";
import {
  inventoryItemLinkFields,
  optionValuesByTitle,
  variantColumnsFrom,
  variantFields,
  variantInventoryFrom,
  variantInventoryItemsSchema,
  variantOptionsSchema,
  variantPricesFrom,
} from "./variant-fields.ts";
import { linkVariantInventoryItemsWorkflow } from "../../../workflows/product/link-variant-inventory-items.ts";

const createSchema = z.object({
  productId: zodId().describe("The product the variant belongs to."),
  title: fields.title.describe("The variant's name."),
  ...variantFields,
  options: variantOptionsSchema,
  inventoryItems: variantInventoryItemsSchema,
});
const updateSchema = z.object({
  id: zodId().describe("The variant to update."),
  title: fields.title.nullish().describe("The variant's name."),
  ...variantFields,
  options: variantOptionsSchema.describe("Replaces the variant's option values."),
});

const ProductVariantPayload = payloadType("ProductVariantPayload", "productVariant", ProductVariantRef);
const retrieve = (ctx: GraphQLContext, id: string) => ctx.scope.resolve(Modules.PRODUCT).retrieveProductVariant(id);

workflowMutation("createProductVariant", {
  access: access.admin,
  description:
    "Adds a variant to a product with its option values and prices; if it manages inventory, stocked as its `inventoryItems` or a new item.",
  input: { name: "CreateProductVariantInput", schema: createSchema },
  workflow: createProductVariantsWorkflow,
  workflowInput: ({ productId, options, inventoryItems, ...input }) => ({
    product_variants: [
      {
        ...variantColumnsFrom(input),
        title: input.title,
        product_id: productId,
        options: optionValuesByTitle(options) ?? {},
        prices: variantPricesFrom(input),
        inventory_items: variantInventoryFrom(inventoryItems),
      },
    ],
  }),
  payload: ProductVariantPayload,
  result: async ([created], _input, ctx) => ({ productVariant: await retrieve(ctx, created?.id ?? "") }),
});

workflowMutation("updateProductVariant", {
  access: access.admin,
  description: "Updates a variant; given options replace its option values, given prices its prices.",
  input: { name: "UpdateProductVariantInput", schema: updateSchema },
  workflow: updateProductVariantsWorkflow,
  workflowInput: ({ options, ...input }) => ({
    product_variants: [
      { ...variantColumnsFrom(input), options: optionValuesByTitle(options), prices: variantPricesFrom(input) },
    ],
  }),
  payload: ProductVariantPayload,
  result: async (_output, input, ctx) => ({ productVariant: await retrieve(ctx, input.id) }),
});

deleteMutation("deleteProductVariant", {
  access: access.admin,
  description: "Soft-deletes a variant.",
  workflow: deleteProductVariantsWorkflow,
});

const linkSchema = z.object({
  variantId: zodId().describe("The variant to stock."),
  ...inventoryItemLinkFields,
  requiredQuantity: inventoryItemLinkFields.requiredQuantity.describe(
    "Units of the item one unit of the variant takes (default 1); linking the pair again sets it.",
  ),
});

workflowMutation("linkInventoryItemToVariant", {
  access: access.admin,
  description:
    "Stocks a variant as an existing inventory item. An unknown variant or item is a NOT_FOUND userError; an item that already stocks another variant CONFLICT.",
  input: { name: "LinkInventoryItemToVariantInput", schema: linkSchema },
  workflow: linkVariantInventoryItemsWorkflow,
  workflowInput: (input) => ({
    links: [
      {
        variant_id: input.variantId,
        inventory_item_id: input.inventoryItemId,
        required_quantity: input.requiredQuantity ?? 1,
      },
    ],
  }),
  payload: ProductVariantPayload,
  result: async (_output, input, ctx) => ({ productVariant: await retrieve(ctx, input.variantId) }),
});
