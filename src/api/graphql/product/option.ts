import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import { fields } from "../../../framework/graphql/inputs.ts";
import { payloadType } from "../../../framework/graphql/payloads.ts";
import { deleteMutation, workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
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

const ProductOptionPayload = payloadType("ProductOptionPayload", "productOption", ProductOptionRef);
const retrieve = (ctx: GraphQLContext, id: string) => ctx.scope.resolve(Modules.PRODUCT).retrieveProductOption(id);

workflowMutation("createProductOption", {
  access: access.admin,
  description: "Adds an option (e.g. Size) with its values to a product.",
  input: { name: "CreateProductOptionInput", schema: createSchema },
  workflow: createProductOptionsWorkflow,
  workflowInput: (input) => ({
    product_options: [{ product_id: input.productId, title: input.title, values: input.values }],
  }),
  payload: ProductOptionPayload,
  result: async ([created], _input, ctx) => ({ productOption: await retrieve(ctx, created?.id ?? "") }),
});

workflowMutation("updateProductOption", {
  access: access.admin,
  description: "Renames an option or adds values to it.",
  input: { name: "UpdateProductOptionInput", schema: updateSchema },
  workflow: updateProductOptionsWorkflow,
  workflowInput: (input) => ({
    product_options: [
      { id: input.id, ...(input.title ? { title: input.title } : {}), add_values: input.addValues ?? [] },
    ],
  }),
  payload: ProductOptionPayload,
  result: async (_output, input, ctx) => ({ productOption: await retrieve(ctx, input.id) }),
});

deleteMutation("deleteProductOption", {
  access: access.admin,
  description: "Soft-deletes an option; variants lose their value for it.",
  workflow: deleteProductOptionsWorkflow,
});
