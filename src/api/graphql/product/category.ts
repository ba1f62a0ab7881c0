import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { fields } from "../../../framework/graphql/inputs.ts";
import { recordMutations } from "../../../framework/graphql/record-mutations.ts";
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

recordMutations("ProductCategory", {
  ref: ProductCategoryRef,
  access: access.admin,
  batch: "product_categories",
  retrieve: (ctx, id) => ctx.scope.resolve(Modules.PRODUCT).retrieveProductCategory(id),
  create: {
    description: "Creates a category, at the top level or under a parent.",
    schema: createSchema,
    workflow: createProductCategoriesWorkflow,
    defaults: { parent_category_id: null },
  },
  update: {
    description: "Updates a category; `parentCategoryId` or `moveToRoot` moves it with its subtree.",
    schema: updateSchema,
    workflow: updateProductCategoriesWorkflow,
    clears: { moveToRoot: "parentCategoryId" },
  },
  delete: { description: "Soft-deletes a category and its subtree.", workflow: deleteProductCategoriesWorkflow },
});
