import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { definedOnly, fields, parseInput } from "../../../framework/graphql/inputs.ts";
import { DeletePayload, payloadType } from "../../../framework/graphql/payloads.ts";
import { withUserErrors } from "../../../framework/graphql/user-errors.ts";
import { ProductOptionRef } from "../../../modules/product/graphql/types.ts";
import {
  createProductOptionsWorkflow,
  deleteProductOptionsWorkflow,
  updateProductOptionsWorkflow,
} from "../../../workflows/product/product-options.ts";
import {
  IdempotentDeleteInput,
  idempotencyKeyDescription,
  runMutationWorkflow,
} from "../../../framework/graphql/run-workflow.ts";
import { Modules } from "../../../modules/index.ts";

const createSchema = z.object({
  productId: z.string().min(1),
  title: fields.title,
  values: z.array(z.string().min(1)).min(1, "needs at least one value"),
});
const updateSchema = z.object({
  id: z.string().min(1),
  title: fields.title.nullish(),
  addValues: z.array(z.string().min(1)).nullish(),
});

const CreateProductOptionInput = builder.inputType("CreateProductOptionInput", {
  fields: (t) => ({
    productId: t.id({ required: true }),
    title: t.string({ required: true }),
    values: t.stringList({ required: true }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});
const UpdateProductOptionInput = builder.inputType("UpdateProductOptionInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    title: t.string(),
    addValues: t.stringList({ description: "Values to add to the option." }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});
const ProductOptionPayload = payloadType("ProductOptionPayload", "productOption", ProductOptionRef);

builder.mutationFields((t) => ({
  createProductOption: t.field({
    authScopes: access.admin,
    type: ProductOptionPayload,
    args: { input: t.arg({ type: CreateProductOptionInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(createSchema, args.input);
        const [created] = await runMutationWorkflow(
          createProductOptionsWorkflow,
          ctx.scope,
          { product_options: [{ product_id: input.productId, title: input.title, values: input.values }] },
          args.input.idempotencyKey,
        );
        return { productOption: await ctx.scope.resolve(Modules.PRODUCT).retrieveProductOption(created?.id ?? "") };
      }),
  }),
  updateProductOption: t.field({
    authScopes: access.admin,
    type: ProductOptionPayload,
    args: { input: t.arg({ type: UpdateProductOptionInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(updateSchema, args.input);
        await runMutationWorkflow(
          updateProductOptionsWorkflow,
          ctx.scope,
          {
            product_options: [
              { id: input.id, ...definedOnly({ title: input.title }), add_values: input.addValues ?? [] },
            ],
          },
          args.input.idempotencyKey,
        );
        return { productOption: await ctx.scope.resolve(Modules.PRODUCT).retrieveProductOption(input.id) };
      }),
  }),
  deleteProductOption: t.field({
    authScopes: access.admin,
    type: DeletePayload,
    args: { input: t.arg({ type: IdempotentDeleteInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        await runMutationWorkflow(
          deleteProductOptionsWorkflow,
          ctx.scope,
          { ids: [args.input.id] },
          args.input.idempotencyKey,
        );
        return { deletedId: args.input.id };
      }),
  }),
}));
