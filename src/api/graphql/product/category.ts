import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import { columnsOf, fields } from "../../../framework/graphql/inputs.ts";
import { payloadType } from "../../../framework/graphql/payloads.ts";
import { deleteMutation, workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { metadataInput, zodId } from "../../../framework/graphql/zod-input.ts";
import { Modules } from "../../../modules/index.ts";
import { ProductCategoryRef } from "../../../modules/product/graphql/types.ts";
import {
  createProductCategoriesWorkflow,
  deleteProductCategoriesWorkflow,
  updateProductCategoriesWorkflow,
} from "../../../workflows/product/product-categories.ts";

const categoryFields = {
  description: z.string().nullish().describe("The category's description."),
  handle: fields.handle.nullish().describe("The URL slug, unique among categories; derived from the name when absent."),
  isActive: z.boolean().nullish().describe("Inactive categories are hidden from storefronts."),
  isInternal: z.boolean().nullish().describe("Internal categories are hidden from storefronts."),
  rank: fields.rank.nullish().describe("The position among its siblings."),
  metadata: metadataInput(),
};
const createSchema = z.object({
  name: fields.title.describe("The category's name."),
  parentCategoryId: zodId().nullish().describe("The parent category; none: a top-level category."),
  ...categoryFields,
});
const updateSchema = z.object({
  id: zodId().describe("The category to update."),
  name: fields.title.nullish().describe("The category's name."),
  parentCategoryId: zodId().nullish().describe("Moves the category (with its subtree) under this parent."),
  moveToRoot: z.boolean().nullish().describe("Moves the category to the top level."),
  ...categoryFields,
});

const ProductCategoryPayload = payloadType("ProductCategoryPayload", "productCategory", ProductCategoryRef);
const retrieve = (ctx: GraphQLContext, id: string) => ctx.scope.resolve(Modules.PRODUCT).retrieveProductCategory(id);

workflowMutation("createProductCategory", {
  access: access.admin,
  description: "Creates a category, at the top level or under a parent.",
  input: { name: "CreateProductCategoryInput", schema: createSchema },
  workflow: createProductCategoriesWorkflow,
  workflowInput: (input) => ({
    product_categories: [{ ...columnsOf(input), parent_category_id: input.parentCategoryId ?? null }],
  }),
  payload: ProductCategoryPayload,
  result: async ([created], _input, ctx) => ({ productCategory: await retrieve(ctx, created?.id ?? "") }),
});

workflowMutation("updateProductCategory", {
  access: access.admin,
  description: "Updates a category; `parentCategoryId` or `moveToRoot` moves it with its subtree.",
  input: { name: "UpdateProductCategoryInput", schema: updateSchema },
  workflow: updateProductCategoriesWorkflow,
  workflowInput: (input) => {
    const parent = input.moveToRoot
      ? { parent_category_id: null }
      : input.parentCategoryId
        ? { parent_category_id: input.parentCategoryId }
        : {};
    return { product_categories: [{ ...columnsOf(input, ["parentCategoryId", "moveToRoot"]), ...parent }] };
  },
  payload: ProductCategoryPayload,
  result: async (_output, input, ctx) => ({ productCategory: await retrieve(ctx, input.id) }),
});

deleteMutation("deleteProductCategory", {
  access: access.admin,
  description: "Soft-deletes a category and its subtree.",
  workflow: deleteProductCategoriesWorkflow,
});
