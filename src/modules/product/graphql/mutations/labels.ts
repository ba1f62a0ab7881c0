import { z } from "zod";
import { access } from "../../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../../framework/graphql/builder.ts";
import { definedOnly, parseInput } from "../../../../framework/graphql/inputs.ts";
import { DeleteInput, DeletePayload, payloadType } from "../../../../framework/graphql/payloads.ts";
import { withUserErrors } from "../../../../framework/graphql/user-errors.ts";
import { ProductTagRef, ProductTypeRef } from "../types.ts";

// Tags and types are both a unique `value` with metadata: one input shape serves both.
const value = z.string().trim().min(1, "must not be empty").max(200);
const createSchema = z.object({ value, metadata: z.record(z.string(), z.unknown()).nullish() });
const updateSchema = z.object({ id: z.string().min(1), value: value.nullish(), metadata: z.record(z.string(), z.unknown()).nullish() });

const CreateProductLabelInput = builder.inputType("CreateProductLabelInput", {
  description: "A product tag or type.",
  fields: (t) => ({ value: t.string({ required: true }), metadata: t.field({ type: "JSON" }) }),
});
const UpdateProductLabelInput = builder.inputType("UpdateProductLabelInput", {
  fields: (t) => ({ id: t.id({ required: true }), value: t.string(), metadata: t.field({ type: "JSON" }) }),
});
const ProductTagPayload = payloadType("ProductTagPayload", "productTag", ProductTagRef);
const ProductTypePayload = payloadType("ProductTypePayload", "productType", ProductTypeRef);

const labelColumns = (input: z.infer<typeof updateSchema>) => definedOnly({ value: input.value, metadata: input.metadata as object | undefined });

builder.mutationFields((t) => ({
  createProductTag: t.field({
    authScopes: access.admin,
    type: ProductTagPayload,
    args: { input: t.arg({ type: CreateProductLabelInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const input = parseInput(createSchema, args.input);
      return { productTag: await ctx.scope.resolve("product").createProductTags({ ...labelColumns({ ...input, id: "" }), value: input.value }) };
    }),
  }),
  updateProductTag: t.field({
    authScopes: access.admin,
    type: ProductTagPayload,
    args: { input: t.arg({ type: UpdateProductLabelInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const input = parseInput(updateSchema, args.input);
      return { productTag: await ctx.scope.resolve("product").updateProductTags({ id: input.id, ...labelColumns(input) }) };
    }),
  }),
  deleteProductTag: t.field({
    authScopes: access.admin,
    type: DeletePayload,
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const service = ctx.scope.resolve("product");
      await service.retrieveProductTag(args.input.id);
      await service.softDeleteProductTags([args.input.id]);
      return { deletedId: args.input.id };
    }),
  }),
  createProductType: t.field({
    authScopes: access.admin,
    type: ProductTypePayload,
    args: { input: t.arg({ type: CreateProductLabelInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const input = parseInput(createSchema, args.input);
      return { productType: await ctx.scope.resolve("product").createProductTypes({ ...labelColumns({ ...input, id: "" }), value: input.value }) };
    }),
  }),
  updateProductType: t.field({
    authScopes: access.admin,
    type: ProductTypePayload,
    args: { input: t.arg({ type: UpdateProductLabelInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const input = parseInput(updateSchema, args.input);
      return { productType: await ctx.scope.resolve("product").updateProductTypes({ id: input.id, ...labelColumns(input) }) };
    }),
  }),
  deleteProductType: t.field({
    authScopes: access.admin,
    type: DeletePayload,
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const service = ctx.scope.resolve("product");
      await service.retrieveProductType(args.input.id);
      await service.softDeleteProductTypes([args.input.id]);
      return { deletedId: args.input.id };
    }),
  }),
}));
