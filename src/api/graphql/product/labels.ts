import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { definedOnly, parseInput } from "../../../framework/graphql/inputs.ts";
import { DeletePayload, payloadType } from "../../../framework/graphql/payloads.ts";
import { withUserErrors } from "../../../framework/graphql/user-errors.ts";
import { ProductTagRef, ProductTypeRef } from "../../../modules/product/graphql/types.ts";
import {
  createProductTagsWorkflow,
  deleteProductTagsWorkflow,
  updateProductTagsWorkflow,
} from "../../../workflows/product/product-tags.ts";
import {
  createProductTypesWorkflow,
  deleteProductTypesWorkflow,
  updateProductTypesWorkflow,
} from "../../../workflows/product/product-types.ts";
import {
  IdempotentDeleteInput,
  idempotencyKeyDescription,
  runMutationWorkflow,
} from "../../../framework/graphql/run-workflow.ts";
import { Modules } from "../../../modules/index.ts";

// Tags and types are both a unique `value` with metadata: one input shape serves both.
const value = z.string().trim().min(1, "must not be empty").max(200);
const createSchema = z.object({ value, metadata: z.record(z.string(), z.unknown()).nullish() });
const updateSchema = z.object({
  id: z.string().min(1),
  value: value.nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
});

const CreateProductLabelInput = builder.inputType("CreateProductLabelInput", {
  description: "A product tag or type.",
  fields: (t) => ({
    value: t.string({ required: true }),
    metadata: t.field({ type: "JSON" }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});
const UpdateProductLabelInput = builder.inputType("UpdateProductLabelInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    value: t.string(),
    metadata: t.field({ type: "JSON" }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});
const ProductTagPayload = payloadType("ProductTagPayload", "productTag", ProductTagRef);
const ProductTypePayload = payloadType("ProductTypePayload", "productType", ProductTypeRef);

const labelColumns = (input: z.infer<typeof updateSchema>) =>
  definedOnly({ value: input.value, metadata: input.metadata as object | undefined });

builder.mutationFields((t) => ({
  createProductTag: t.field({
    authScopes: access.admin,
    type: ProductTagPayload,
    args: { input: t.arg({ type: CreateProductLabelInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(createSchema, args.input);
        const [created] = await runMutationWorkflow(
          createProductTagsWorkflow,
          ctx.scope,
          { product_tags: [{ ...labelColumns({ ...input, id: "" }), value: input.value }] },
          args.input.idempotencyKey,
        );
        return { productTag: await ctx.scope.resolve(Modules.PRODUCT).retrieveProductTag(created?.id ?? "") };
      }),
  }),
  updateProductTag: t.field({
    authScopes: access.admin,
    type: ProductTagPayload,
    args: { input: t.arg({ type: UpdateProductLabelInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(updateSchema, args.input);
        await runMutationWorkflow(
          updateProductTagsWorkflow,
          ctx.scope,
          { product_tags: [{ id: input.id, ...labelColumns(input) }] },
          args.input.idempotencyKey,
        );
        return { productTag: await ctx.scope.resolve(Modules.PRODUCT).retrieveProductTag(input.id) };
      }),
  }),
  deleteProductTag: t.field({
    authScopes: access.admin,
    type: DeletePayload,
    args: { input: t.arg({ type: IdempotentDeleteInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        await runMutationWorkflow(
          deleteProductTagsWorkflow,
          ctx.scope,
          { ids: [args.input.id] },
          args.input.idempotencyKey,
        );
        return { deletedId: args.input.id };
      }),
  }),
  createProductType: t.field({
    authScopes: access.admin,
    type: ProductTypePayload,
    args: { input: t.arg({ type: CreateProductLabelInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(createSchema, args.input);
        const [created] = await runMutationWorkflow(
          createProductTypesWorkflow,
          ctx.scope,
          { product_types: [{ ...labelColumns({ ...input, id: "" }), value: input.value }] },
          args.input.idempotencyKey,
        );
        return { productType: await ctx.scope.resolve(Modules.PRODUCT).retrieveProductType(created?.id ?? "") };
      }),
  }),
  updateProductType: t.field({
    authScopes: access.admin,
    type: ProductTypePayload,
    args: { input: t.arg({ type: UpdateProductLabelInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(updateSchema, args.input);
        await runMutationWorkflow(
          updateProductTypesWorkflow,
          ctx.scope,
          { product_types: [{ id: input.id, ...labelColumns(input) }] },
          args.input.idempotencyKey,
        );
        return { productType: await ctx.scope.resolve(Modules.PRODUCT).retrieveProductType(input.id) };
      }),
  }),
  deleteProductType: t.field({
    authScopes: access.admin,
    type: DeletePayload,
    args: { input: t.arg({ type: IdempotentDeleteInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        await runMutationWorkflow(
          deleteProductTypesWorkflow,
          ctx.scope,
          { ids: [args.input.id] },
          args.input.idempotencyKey,
        );
        return { deletedId: args.input.id };
      }),
  }),
}));
