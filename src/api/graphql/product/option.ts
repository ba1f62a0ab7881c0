import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { fields } from "../../../framework/graphql/inputs.ts";
import { recordMutations } from "../../../framework/graphql/record-mutations.ts";
import { zodId } from "../../../framework/graphql/zod-input.ts";
import { Modules } from "../../../modules/index.ts";
import { ProductOptionRef } from "../../../modules/product/graphql/types.ts";
import {
  createProductOptionsWorkflow,
  deleteProductOptionsWorkflow,
  updateProductOptionsWorkflow,
} from "../../../workflows/product/product-options.ts";

const createSchema = z.object({
  productId: zodId().describe("The product that gets the option."),
  title: fields.title.describe('The option\'s name ("Size").'),
  values: z
    .array(z.string().min(1))
    .min(1, "needs at least one value")
    .describe("The option's values; on update, values no variant uses can be removed."),
});
const updateSchema = z.object({
  id: zodId().describe("The option to update."),
  title: fields.title.nullish().describe('The option\'s name ("Size").'),
  addValues: z.array(z.string().min(1)).nullish().describe("Values to add to the option."),
});

recordMutations("ProductOption", {
  ref: ProductOptionRef,
  access: access.admin,
  batch: "product_options",
  retrieve: (ctx, id) => ctx.scope.resolve(Modules.PRODUCT).retrieveProductOption(id),
  create: {
    description: "Adds an option (e.g. Size) with its values to a product.",
    schema: createSchema,
    workflow: createProductOptionsWorkflow,
    row: (input) => ({ product_id: input.productId, title: input.title, values: input.values }),
  },
  update: {
    description: "Renames an option or adds values to it.",
    schema: updateSchema,
    workflow: updateProductOptionsWorkflow,
    row: (input) => ({
      id: input.id,
      ...(input.title ? { title: input.title } : {}),
      add_values: input.addValues ?? [],
    }),
  },
  delete: {
    description: "Soft-deletes an option; variants lose their value for it.",
    workflow: deleteProductOptionsWorkflow,
  },
});
