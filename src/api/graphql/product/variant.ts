import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { fields } from "../../../framework/graphql/inputs.ts";
import { recordMutations } from "../../../framework/graphql/record-mutations.ts";
import { workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
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
  newVariantRow,
  optionValuesByTitle,
  variantColumnsFrom,
  variantFields,
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

const { payload: ProductVariantPayload, retrieve } = recordMutations("ProductVariant", {
  ref: ProductVariantRef,
  access: access.admin,
  batch: "product_variants",
  retrieve: (ctx, id) => ctx.scope.resolve(Modules.PRODUCT).retrieveProductVariant(id),
  create: {
    description:
      "Adds a variant to a product with its option values and prices; if it manages inventory, stocked as its `inventoryItems` or a new item.",
    schema: createSchema,
    workflow: createProductVariantsWorkflow,
    row: ({ productId, ...input }) => ({ ...newVariantRow(input), product_id: productId }),
  },
  update: {
    description: "Updates a variant; given options replace its option values, given prices its prices.",
    schema: updateSchema,
    workflow: updateProductVariantsWorkflow,
    row: ({ options, ...input }) => ({
      ...variantColumnsFrom(input),
      options: optionValuesByTitle(options),
      prices: variantPricesFrom(input),
    }),
  },
  delete: { description: "Soft-deletes a variant.", workflow: deleteProductVariantsWorkflow },
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
