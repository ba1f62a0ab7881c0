import { z } from "zod";
import { access } from "../../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../../framework/graphql/builder.ts";
import { definedOnly, fields, parseInput } from "../../../../framework/graphql/inputs.ts";
import { DeleteInput, DeletePayload, payloadType } from "../../../../framework/graphql/payloads.ts";
import { withUserErrors } from "../../../../framework/graphql/user-errors.ts";
import { toHandle } from "../../service.ts";
import { ProductCollectionRef } from "../types.ts";

const createSchema = z.object({ title: fields.title, handle: fields.handle.nullish(), metadata: z.record(z.string(), z.unknown()).nullish() });
const updateSchema = z.object({ id: z.string().min(1), title: fields.title.nullish(), handle: fields.handle.nullish(), metadata: z.record(z.string(), z.unknown()).nullish() });

const CreateProductCollectionInput = builder.inputType("CreateProductCollectionInput", {
  fields: (t) => ({ title: t.string({ required: true }), handle: t.string(), metadata: t.field({ type: "JSON" }) }),
});
const UpdateProductCollectionInput = builder.inputType("UpdateProductCollectionInput", {
  fields: (t) => ({ id: t.id({ required: true }), title: t.string(), handle: t.string(), metadata: t.field({ type: "JSON" }) }),
});
const ProductCollectionPayload = payloadType("ProductCollectionPayload", "productCollection", ProductCollectionRef);

builder.mutationFields((t) => ({
  createProductCollection: t.field({
    authScopes: access.admin,
    type: ProductCollectionPayload,
    args: { input: t.arg({ type: CreateProductCollectionInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const input = parseInput(createSchema, args.input);
      const productCollection = await ctx.scope.resolve("product").createProductCollections({
        title: input.title, handle: input.handle ?? toHandle(input.title), ...definedOnly({ metadata: input.metadata as object | undefined }),
      });
      return { productCollection };
    }),
  }),
  updateProductCollection: t.field({
    authScopes: access.admin,
    type: ProductCollectionPayload,
    args: { input: t.arg({ type: UpdateProductCollectionInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const input = parseInput(updateSchema, args.input);
      const productCollection = await ctx.scope.resolve("product").updateProductCollections({
        id: input.id, ...definedOnly({ title: input.title, handle: input.handle, metadata: input.metadata as object | undefined }),
      });
      return { productCollection };
    }),
  }),
  deleteProductCollection: t.field({
    authScopes: access.admin,
    type: DeletePayload,
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const service = ctx.scope.resolve("product");
      await service.retrieveProductCollection(args.input.id);
      await service.softDeleteProductCollections([args.input.id]);
      return { deletedId: args.input.id };
    }),
  }),
}));
