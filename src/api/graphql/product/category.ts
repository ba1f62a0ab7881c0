import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { definedOnly, fields, parseInput } from "../../../framework/graphql/inputs.ts";
import { DeletePayload, payloadType } from "../../../framework/graphql/payloads.ts";
import { withUserErrors } from "../../../framework/graphql/user-errors.ts";
import { ProductCategoryRef } from "../../../modules/product/graphql/types.ts";
import {
  createProductCategoriesWorkflow,
  deleteProductCategoriesWorkflow,
  updateProductCategoriesWorkflow,
} from "../../../workflows/product/product-categories.ts";
import {
  IdempotentDeleteInput,
  idempotencyKeyDescription,
  runMutationWorkflow,
} from "../../../framework/graphql/run-workflow.ts";
import { Modules } from "../../../modules/index.ts";

const shared = {
  description: z.string().nullish(),
  handle: fields.handle.nullish(),
  isActive: z.boolean().nullish(),
  isInternal: z.boolean().nullish(),
  rank: fields.rank.nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
};
const createSchema = z.object({ name: fields.title, parentCategoryId: z.string().nullish(), ...shared });
const updateSchema = z.object({
  id: z.string().min(1),
  name: fields.title.nullish(),
  parentCategoryId: z.string().nullish(),
  moveToRoot: z.boolean().nullish(),
  ...shared,
});

const columns = (input: z.infer<typeof updateSchema> | z.infer<typeof createSchema>) =>
  definedOnly({
    name: input.name,
    description: input.description,
    handle: input.handle,
    is_active: input.isActive,
    is_internal: input.isInternal,
    rank: input.rank,
    metadata: input.metadata as object | undefined,
  });

const CreateProductCategoryInput = builder.inputType("CreateProductCategoryInput", {
  fields: (t) => ({
    name: t.string({ required: true }),
    description: t.string(),
    handle: t.string(),
    isActive: t.boolean(),
    isInternal: t.boolean(),
    rank: t.int(),
    metadata: t.field({ type: "JSON" }),
    parentCategoryId: t.id(),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});
const UpdateProductCategoryInput = builder.inputType("UpdateProductCategoryInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string(),
    description: t.string(),
    handle: t.string(),
    isActive: t.boolean(),
    isInternal: t.boolean(),
    rank: t.int(),
    metadata: t.field({ type: "JSON" }),
    parentCategoryId: t.id({ description: "Moves the category (with its subtree) under this parent." }),
    moveToRoot: t.boolean({ description: "Moves the category to the top level." }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});
const ProductCategoryPayload = payloadType("ProductCategoryPayload", "productCategory", ProductCategoryRef);

builder.mutationFields((t) => ({
  createProductCategory: t.field({
    authScopes: access.admin,
    type: ProductCategoryPayload,
    args: { input: t.arg({ type: CreateProductCategoryInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(createSchema, args.input);
        const [created] = await runMutationWorkflow(
          createProductCategoriesWorkflow,
          ctx.scope,
          {
            product_categories: [
              { ...columns(input), name: input.name, parent_category_id: input.parentCategoryId ?? null },
            ],
          },
          args.input.idempotencyKey,
        );
        return { productCategory: await ctx.scope.resolve(Modules.PRODUCT).retrieveProductCategory(created?.id ?? "") };
      }),
  }),
  updateProductCategory: t.field({
    authScopes: access.admin,
    type: ProductCategoryPayload,
    args: { input: t.arg({ type: UpdateProductCategoryInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(updateSchema, args.input);
        const parent = input.moveToRoot
          ? { parent_category_id: null }
          : input.parentCategoryId
            ? { parent_category_id: input.parentCategoryId }
            : {};
        await runMutationWorkflow(
          updateProductCategoriesWorkflow,
          ctx.scope,
          { product_categories: [{ id: input.id, ...columns(input), ...parent }] },
          args.input.idempotencyKey,
        );
        return { productCategory: await ctx.scope.resolve(Modules.PRODUCT).retrieveProductCategory(input.id) };
      }),
  }),
  deleteProductCategory: t.field({
    authScopes: access.admin,
    type: DeletePayload,
    description: "Soft-deletes a category and its subtree.",
    args: { input: t.arg({ type: IdempotentDeleteInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        await runMutationWorkflow(
          deleteProductCategoriesWorkflow,
          ctx.scope,
          { ids: [args.input.id] },
          args.input.idempotencyKey,
        );
        return { deletedId: args.input.id };
      }),
  }),
}));
