import { z } from "zod";
import { access } from "../../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../../framework/graphql/builder.ts";
import { fields, parseInput } from "../../../../framework/graphql/inputs.ts";
import { DeleteInput, DeletePayload, payloadType } from "../../../../framework/graphql/payloads.ts";
import { withUserErrors } from "../../../../framework/graphql/user-errors.ts";
import { ProductVariantRef } from "../types.ts";
import { variantColumnsFrom, variantFieldsSchema, variantInputFields, VariantOptionInput } from "./variant-fields.ts";

const optionsSchema = z.array(z.object({ option: z.string(), value: z.string() })).nullish();
const createSchema = variantFieldsSchema.extend({ productId: z.string().min(1), title: fields.title, options: optionsSchema });
const updateSchema = variantFieldsSchema.extend({ id: z.string().min(1), title: fields.title.nullish(), options: optionsSchema });

const CreateProductVariantInput = builder.inputType("CreateProductVariantInput", {
  fields: (t) => ({ productId: t.id({ required: true }), title: t.string({ required: true }), ...variantInputFields(t), options: t.field({ type: [VariantOptionInput] }) }),
});
const UpdateProductVariantInput = builder.inputType("UpdateProductVariantInput", {
  fields: (t) => ({ id: t.id({ required: true }), title: t.string(), ...variantInputFields(t), options: t.field({ type: [VariantOptionInput], description: "Replaces the variant's option values." }) }),
});
const ProductVariantPayload = payloadType("ProductVariantPayload", "productVariant", ProductVariantRef);

const byTitle = (options: { option: string; value: string }[] | null | undefined) =>
  options ? Object.fromEntries(options.map((o) => [o.option, o.value])) : undefined;

builder.mutationFields((t) => ({
  createProductVariant: t.field({
    authScopes: access.admin,
    type: ProductVariantPayload,
    args: { input: t.arg({ type: CreateProductVariantInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const input = parseInput(createSchema, args.input);
      const [productVariant] = await ctx.scope.resolve("product").createVariantsWithOptions([
        { ...variantColumnsFrom(input), title: input.title, product_id: input.productId, options: byTitle(input.options) ?? {} },
      ]);
      return { productVariant };
    }),
  }),
  updateProductVariant: t.field({
    authScopes: access.admin,
    type: ProductVariantPayload,
    args: { input: t.arg({ type: UpdateProductVariantInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const input = parseInput(updateSchema, args.input);
      const productVariant = await ctx.scope.resolve("product").updateVariantWithOptions({ id: input.id, ...variantColumnsFrom(input) }, byTitle(input.options));
      return { productVariant };
    }),
  }),
  deleteProductVariant: t.field({
    authScopes: access.admin,
    type: DeletePayload,
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const service = ctx.scope.resolve("product");
      await service.retrieveProductVariant(args.input.id);
      await service.softDeleteProductVariants([args.input.id]);
      return { deletedId: args.input.id };
    }),
  }),
}));
