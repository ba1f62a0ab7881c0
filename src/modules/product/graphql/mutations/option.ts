import { z } from "zod";
import { access } from "../../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../../framework/graphql/builder.ts";
import { definedOnly, fields, parseInput } from "../../../../framework/graphql/inputs.ts";
import { DeleteInput, DeletePayload, payloadType } from "../../../../framework/graphql/payloads.ts";
import { withUserErrors } from "../../../../framework/graphql/user-errors.ts";
import { ProductOptionRef } from "../types.ts";

const createSchema = z.object({ productId: z.string().min(1), title: fields.title, values: z.array(z.string().min(1)).min(1, "needs at least one value") });
const updateSchema = z.object({ id: z.string().min(1), title: fields.title.nullish(), addValues: z.array(z.string().min(1)).nullish() });

const CreateProductOptionInput = builder.inputType("CreateProductOptionInput", {
  fields: (t) => ({ productId: t.id({ required: true }), title: t.string({ required: true }), values: t.stringList({ required: true }) }),
});
const UpdateProductOptionInput = builder.inputType("UpdateProductOptionInput", {
  fields: (t) => ({ id: t.id({ required: true }), title: t.string(), addValues: t.stringList({ description: "Values to add to the option." }) }),
});
const ProductOptionPayload = payloadType("ProductOptionPayload", "productOption", ProductOptionRef);

builder.mutationFields((t) => ({
  createProductOption: t.field({
    authScopes: access.admin,
    type: ProductOptionPayload,
    args: { input: t.arg({ type: CreateProductOptionInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const input = parseInput(createSchema, args.input);
      const service = ctx.scope.resolve("product");
      await service.retrieveProduct(input.productId);
      const productOption = await service.createProductOptions({ product_id: input.productId, title: input.title, values: input.values.map((value) => ({ value })) });
      return { productOption };
    }),
  }),
  updateProductOption: t.field({
    authScopes: access.admin,
    type: ProductOptionPayload,
    args: { input: t.arg({ type: UpdateProductOptionInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const input = parseInput(updateSchema, args.input);
      const productOption = await ctx.scope.resolve("product").updateProductOptions({
        id: input.id, ...definedOnly({ title: input.title }), ...(input.addValues?.length ? { values: input.addValues.map((value) => ({ value })) } : {}),
      });
      return { productOption };
    }),
  }),
  deleteProductOption: t.field({
    authScopes: access.admin,
    type: DeletePayload,
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const service = ctx.scope.resolve("product");
      await service.retrieveProductOption(args.input.id);
      await service.softDeleteProductOptions([args.input.id]);
      return { deletedId: args.input.id };
    }),
  }),
}));
