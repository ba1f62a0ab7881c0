import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder, type InputFieldBuilder } from "../../../framework/graphql/builder.ts";
import { definedOnly, fields, parseInput } from "../../../framework/graphql/inputs.ts";
import { DeletePayload, payloadType } from "../../../framework/graphql/payloads.ts";
import { withUserErrors } from "../../../framework/graphql/user-errors.ts";
import { ProductRef, ProductStatus } from "../../../modules/product/graphql/types.ts";
import { createProductsWorkflow } from "../../../workflows/product/create-products.ts";
import { deleteProductsWorkflow } from "../../../workflows/product/delete-products.ts";
import { updateProductsWorkflow } from "../../../workflows/product/update-products.ts";
import {
  IdempotentDeleteInput,
  idempotencyKeyDescription,
  runMutationWorkflow,
} from "../../../framework/graphql/run-workflow.ts";
import { additionalData } from "../../../framework/graphql/workflow-inputs.ts";
import { VariantOptionInput } from "./variant-fields.ts";
import { variantColumnsFrom, variantFieldsSchema, variantInputFields, variantPricesFrom } from "./variant-fields.ts";
import { Modules } from "../../../modules/index.ts";

const status = z.enum(["draft", "proposed", "published", "rejected"]);
const imagesSchema = z.array(z.object({ url: fields.url, rank: fields.rank.nullish() }));
const productFields = {
  subtitle: z.string().nullish(),
  handle: fields.handle.nullish(),
  description: z.string().nullish(),
  status: status.nullish(),
  isGiftcard: z.boolean().nullish(),
  discountable: z.boolean().nullish(),
  thumbnail: fields.url.nullish(),
  weight: fields.nonNegativeInt.nullish(),
  originCountry: z.string().length(2, "must be an ISO 3166-1 alpha-2 code").nullish(),
  material: z.string().nullish(),
  externalId: z.string().nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
  typeId: z.string().nullish(),
  collectionId: z.string().nullish(),
  tagIds: z.array(z.string()).nullish(),
  categoryIds: z.array(z.string()).nullish(),
  images: imagesSchema.nullish(),
};
const createSchema = z.object({
  title: fields.title,
  ...productFields,
  options: z
    .array(z.object({ title: fields.title, values: z.array(z.string().min(1)).min(1, "needs at least one value") }))
    .nullish(),
  variants: z
    .array(
      variantFieldsSchema.extend({
        title: fields.title,
        options: z.array(z.object({ option: z.string(), value: z.string() })).nullish(),
      }),
    )
    .nullish(),
});
const updateSchema = z.object({ id: z.string().min(1), title: fields.title.nullish(), ...productFields });

const ProductImageInput = builder.inputType("ProductImageInput", {
  fields: (t) => ({
    url: t.string({ required: true }),
    rank: t.int({ description: "Position; defaults to the list order." }),
  }),
});
const ProductOptionInput = builder.inputType("ProductOptionInput", {
  fields: (t) => ({ title: t.string({ required: true }), values: t.stringList({ required: true }) }),
});
const CreateProductVariantInlineInput = builder.inputType("CreateProductVariantInlineInput", {
  fields: (t) => ({
    title: t.string({ required: true }),
    ...variantInputFields(t),
    options: t.field({ type: [VariantOptionInput] }),
  }),
});

const productInputFields = (t: InputFieldBuilder) => ({
  subtitle: t.string(),
  handle: t.string(),
  description: t.string(),
  status: t.field({ type: ProductStatus }),
  isGiftcard: t.boolean(),
  discountable: t.boolean(),
  thumbnail: t.string(),
  weight: t.int(),
  originCountry: t.string(),
  material: t.string(),
  externalId: t.string(),
  metadata: t.field({ type: "JSON" }),
  typeId: t.id(),
  collectionId: t.id(),
  tagIds: t.idList(),
  categoryIds: t.idList(),
  images: t.field({ type: [ProductImageInput], description: "On update, replaces the product's images." }),
});

const CreateProductInput = builder.inputType("CreateProductInput", {
  fields: (t) => ({
    title: t.string({ required: true }),
    ...productInputFields(t),
    options: t.field({ type: [ProductOptionInput] }),
    variants: t.field({ type: [CreateProductVariantInlineInput] }),
    additionalData: t.field({ type: "JSON", description: "Passed to the workflow's hooks as additional_data." }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});
const UpdateProductInput = builder.inputType("UpdateProductInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    title: t.string(),
    ...productInputFields(t),
    additionalData: t.field({ type: "JSON", description: "Passed to the workflow's hooks as additional_data." }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});

/** GraphQL camelCase product fields → the module's columns. */
export function productColumns(input: z.infer<typeof updateSchema> | z.infer<typeof createSchema>) {
  return definedOnly({
    title: input.title,
    subtitle: input.subtitle,
    handle: input.handle,
    description: input.description,
    status: input.status,
    is_giftcard: input.isGiftcard,
    discountable: input.discountable,
    thumbnail: input.thumbnail,
    weight: input.weight,
    origin_country: input.originCountry?.toLowerCase(),
    material: input.material,
    external_id: input.externalId,
    metadata: input.metadata as object | undefined,
    type_id: input.typeId,
    collection_id: input.collectionId,
  });
}

const CreateProductPayload = payloadType("CreateProductPayload", "product", ProductRef);
const UpdateProductPayload = payloadType("UpdateProductPayload", "product", ProductRef);

builder.mutationFields((t) => ({
  createProduct: t.field({
    authScopes: access.admin,
    type: CreateProductPayload,
    description: "Creates a product with its options, variants, images, tags and categories, all or nothing.",
    args: { input: t.arg({ type: CreateProductInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(createSchema, args.input);
        const [created] = await runMutationWorkflow(
          createProductsWorkflow,
          ctx.scope,
          {
            additional_data: additionalData(args.input.additionalData),
            products: [
              {
                ...productColumns(input),
                title: input.title,
                tag_ids: input.tagIds ?? [],
                category_ids: input.categoryIds ?? [],
                images: (input.images ?? []).map((i) => ({ url: i.url, rank: i.rank ?? undefined })),
                options: input.options ?? [],
                variants: (input.variants ?? []).map((v) => ({
                  ...variantColumnsFrom(v),
                  title: v.title,
                  options: Object.fromEntries((v.options ?? []).map((o) => [o.option, o.value])),
                  prices: variantPricesFrom(v),
                })),
              },
            ],
          },
          args.input.idempotencyKey,
        );
        // Re-read: a replayed key answers from the stored execution, whose rows went through JSON.
        return { product: await ctx.scope.resolve(Modules.PRODUCT).retrieveProduct(created?.id ?? "") };
      }),
  }),
  updateProduct: t.field({
    authScopes: access.admin,
    type: UpdateProductPayload,
    args: { input: t.arg({ type: UpdateProductInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(updateSchema, args.input);
        await runMutationWorkflow(
          updateProductsWorkflow,
          ctx.scope,
          {
            additional_data: additionalData(args.input.additionalData),
            products: [
              {
                id: input.id,
                ...productColumns(input),
                ...(input.tagIds ? { tags: input.tagIds } : {}),
                ...(input.categoryIds ? { categories: input.categoryIds } : {}),
                ...(input.images
                  ? { images: input.images.map((i, rank) => ({ url: i.url, rank: i.rank ?? rank })) }
                  : {}),
              },
            ],
          },
          args.input.idempotencyKey,
        );
        return { product: await ctx.scope.resolve(Modules.PRODUCT).retrieveProduct(input.id) };
      }),
  }),
  deleteProduct: t.field({
    authScopes: access.admin,
    type: DeletePayload,
    description: "Soft-deletes a product with its variants, options and images.",
    args: { input: t.arg({ type: IdempotentDeleteInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        await runMutationWorkflow(
          deleteProductsWorkflow,
          ctx.scope,
          { ids: [args.input.id] },
          args.input.idempotencyKey,
        );
        return { deletedId: args.input.id };
      }),
  }),
}));
