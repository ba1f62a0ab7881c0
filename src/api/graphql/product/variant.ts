import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { fields, parseInput } from "../../../framework/graphql/inputs.ts";
import { DeletePayload, payloadType } from "../../../framework/graphql/payloads.ts";
import { withUserErrors } from "../../../framework/graphql/user-errors.ts";
import { ProductVariantRef } from "../../../modules/product/graphql/types.ts";
import {
  variantColumnsFrom,
  variantFieldsSchema,
  variantInputFields,
  VariantOptionInput,
  variantPricesFrom,
} from "./variant-fields.ts";
import {
  createProductVariantsWorkflow,
  deleteProductVariantsWorkflow,
  updateProductVariantsWorkflow,
} from "../../../workflows/product/product-variants.ts";
import {
  IdempotentDeleteInput,
  idempotencyKeyDescription,
  runMutationWorkflow,
} from "../../../framework/graphql/run-workflow.ts";
import { Modules } from "../../../modules/index.ts";

const optionsSchema = z.array(z.object({ option: z.string(), value: z.string() })).nullish();
const createSchema = variantFieldsSchema.extend({
  productId: z.string().min(1),
  title: fields.title,
  options: optionsSchema,
});
const updateSchema = variantFieldsSchema.extend({
  id: z.string().min(1),
  title: fields.title.nullish(),
  options: optionsSchema,
});

const CreateProductVariantInput = builder.inputType("CreateProductVariantInput", {
  fields: (t) => ({
    productId: t.id({ required: true }),
    title: t.string({ required: true }),
    ...variantInputFields(t),
    options: t.field({ type: [VariantOptionInput] }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});
const UpdateProductVariantInput = builder.inputType("UpdateProductVariantInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    title: t.string(),
    ...variantInputFields(t),
    options: t.field({ type: [VariantOptionInput], description: "Replaces the variant's option values." }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});
const ProductVariantPayload = payloadType("ProductVariantPayload", "productVariant", ProductVariantRef);

const byTitle = (options: { option: string; value: string }[] | null | undefined) =>
  options ? Object.fromEntries(options.map((o) => [o.option, o.value])) : undefined;

builder.mutationFields((t) => ({
  createProductVariant: t.field({
    authScopes: access.admin,
    type: ProductVariantPayload,
    args: { input: t.arg({ type: CreateProductVariantInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(createSchema, args.input);
        const [created] = await runMutationWorkflow(
          createProductVariantsWorkflow,
          ctx.scope,
          {
            product_variants: [
              {
                ...variantColumnsFrom(input),
                title: input.title,
                product_id: input.productId,
                options: byTitle(input.options) ?? {},
                prices: variantPricesFrom(input),
              },
            ],
          },
          args.input.idempotencyKey,
        );
        return { productVariant: await ctx.scope.resolve(Modules.PRODUCT).retrieveProductVariant(created?.id ?? "") };
      }),
  }),
  updateProductVariant: t.field({
    authScopes: access.admin,
    type: ProductVariantPayload,
    args: { input: t.arg({ type: UpdateProductVariantInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(updateSchema, args.input);
        await runMutationWorkflow(
          updateProductVariantsWorkflow,
          ctx.scope,
          {
            product_variants: [
              {
                id: input.id,
                ...variantColumnsFrom(input),
                options: byTitle(input.options),
                prices: variantPricesFrom(input),
              },
            ],
          },
          args.input.idempotencyKey,
        );
        return { productVariant: await ctx.scope.resolve(Modules.PRODUCT).retrieveProductVariant(input.id) };
      }),
  }),
  deleteProductVariant: t.field({
    authScopes: access.admin,
    type: DeletePayload,
    args: { input: t.arg({ type: IdempotentDeleteInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        await runMutationWorkflow(
          deleteProductVariantsWorkflow,
          ctx.scope,
          { ids: [args.input.id] },
          args.input.idempotencyKey,
        );
        return { deletedId: args.input.id };
      }),
  }),
}));
