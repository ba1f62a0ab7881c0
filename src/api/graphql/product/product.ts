import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import { columnsOf, fields } from "../../../framework/graphql/inputs.ts";
import { payloadType } from "../../../framework/graphql/payloads.ts";
import { deleteMutation, workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { metadataInput, zodId } from "../../../framework/graphql/zod-input.ts";
import { Modules } from "../../../modules/index.ts";
import { ProductRef, ProductStatus } from "../../../modules/product/graphql/types.ts";
import { createProductsWorkflow } from "../../../workflows/product/create-products.ts";
import { deleteProductsWorkflow } from "../../../workflows/product/delete-products.ts";
import { updateProductsWorkflow } from "../../../workflows/product/update-products.ts";
import { newVariantRow, variantFields, variantInventoryItemsSchema, variantOptionsSchema } from "./variant-fields.ts";

const imageSchema = z
  .object({
    url: fields.url.describe("The image's URL."),
    rank: fields.rank.nullish().describe("Position; defaults to the list order."),
  })
  .meta({ graphql: { inputName: "ProductImageInput" } });
const productFields = {
  subtitle: z.string().nullish().describe("A second line shown under the title."),
  handle: fields.handle.nullish().describe("The URL slug, unique among products; derived from the title when absent."),
  description: z.string().nullish().describe("The product's long description."),
  status: z
    .enum(["draft", "proposed", "published", "rejected"])
    .meta({ graphql: ProductStatus })
    .nullish()
    .describe("Only published products reach storefronts; default draft."),
  isGiftcard: z.boolean().nullish().describe("Whether the product is a gift card."),
  discountable: z.boolean().nullish().describe("Whether promotions may discount it (default true)."),
  thumbnail: fields.url.nullish().describe("The URL of the image shown in lists."),
  weight: fields.nonNegativeInt.nullish().describe("The shipping weight, in the store's unit (grams by convention)."),
  originCountry: z
    .string()
    .length(2, "must be an ISO 3166-1 alpha-2 code")
    .transform((code) => code.toLowerCase())
    .nullish()
    .describe("The ISO 3166-1 alpha-2 country of origin, for customs."),
  material: z.string().nullish().describe("What the product is made of, for customs and display."),
  externalId: z.string().nullish().describe("The product's id in an external system (ERP, PIM)."),
  metadata: metadataInput(),
  typeId: zodId().nullish().describe("The product type's id."),
  collectionId: zodId().nullish().describe("The collection the product belongs to."),
  tagIds: z.array(zodId()).nullish().describe("The product's tags; on update, replaces them."),
  categoryIds: z.array(zodId()).nullish().describe("The categories the product is in; on update, replaces them."),
  images: z.array(imageSchema).nullish().describe("On update, replaces the product's images."),
};
const createSchema = z.object({
  title: fields.title.describe("The product's name."),
  ...productFields,
  options: z
    .array(
      z
        .object({
          title: fields.title.describe('The option\'s name ("Size").'),
          values: z.array(z.string().min(1)).min(1, "needs at least one value").describe('Its values ("S", "M", "L").'),
        })
        .meta({ graphql: { inputName: "ProductOptionInput" } }),
    )
    .nullish()
    .describe("The options the variants choose values of."),
  variants: z
    .array(
      z
        .object({
          title: fields.title.describe("The variant's name."),
          ...variantFields,
          options: variantOptionsSchema,
          inventoryItems: variantInventoryItemsSchema,
        })
        .meta({ graphql: { inputName: "CreateProductVariantInlineInput" } }),
    )
    .nullish()
    .describe("The variants, created with the product in the same workflow."),
});
const updateSchema = z.object({
  id: zodId().describe("The product to update."),
  title: fields.title.nullish().describe("The product's name."),
  ...productFields,
});

/** The product's own columns: relations (tags, categories, images, options, variants) go separately. */
const productColumns = <T extends z.output<z.ZodObject<typeof productFields>>>(input: T) =>
  columnsOf(input, ["tagIds", "categoryIds", "images"]);

// Re-read: a replayed key answers from the stored execution, whose rows went through JSON.
const retrieve = (ctx: GraphQLContext, id: string) => ctx.scope.resolve(Modules.PRODUCT).retrieveProduct(id);

workflowMutation("createProduct", {
  access: access.admin,
  description:
    "Creates a product with its options, variants, images, tags and categories, all or nothing. A variant that manages inventory is stocked as its `inventoryItems`, or as a new inventory item (deleted with the variant); an unknown item is a NOT_FOUND userError.",
  input: { name: "CreateProductInput", schema: createSchema },
  hooks: true,
  workflow: createProductsWorkflow,
  workflowInput: ({ options, variants, ...input }) => ({
    products: [
      {
        ...productColumns(input),
        title: input.title,
        tag_ids: input.tagIds ?? [],
        category_ids: input.categoryIds ?? [],
        images: (input.images ?? []).map((i) => ({ url: i.url, rank: i.rank ?? undefined })),
        options: options ?? [],
        variants: (variants ?? []).map(newVariantRow),
      },
    ],
  }),
  payload: payloadType("CreateProductPayload", "product", ProductRef),
  result: async ([created], _input, ctx) => ({ product: await retrieve(ctx, created?.id ?? "") }),
});

workflowMutation("updateProduct", {
  access: access.admin,
  description: "Updates a product; given tags, categories and images replace its own.",
  input: { name: "UpdateProductInput", schema: updateSchema },
  hooks: true,
  workflow: updateProductsWorkflow,
  workflowInput: (input) => ({
    products: [
      {
        ...productColumns(input),
        ...(input.tagIds ? { tags: input.tagIds } : {}),
        ...(input.categoryIds ? { categories: input.categoryIds } : {}),
        ...(input.images ? { images: input.images.map((i, rank) => ({ url: i.url, rank: i.rank ?? rank })) } : {}),
      },
    ],
  }),
  payload: payloadType("UpdateProductPayload", "product", ProductRef),
  result: async (_output, input, ctx) => ({ product: await retrieve(ctx, input.id) }),
});

deleteMutation("deleteProduct", {
  access: access.admin,
  description: "Soft-deletes a product with its variants, options and images.",
  workflow: deleteProductsWorkflow,
});
