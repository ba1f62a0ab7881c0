import { z } from "zod";
import { access } from "../../../../../../src/framework/graphql/auth-scopes.ts";
import { builder } from "../../../../../../src/framework/graphql/builder.ts";
import { definedOnly, fields, parseInput } from "../../../../../../src/framework/graphql/inputs.ts";
import { DeletePayload, payloadType } from "../../../../../../src/framework/graphql/payloads.ts";
import { DeleteInput } from "../../../../../../src/framework/graphql/workflow-mutation.ts";
import { withUserErrors } from "../../../../../../src/framework/graphql/user-errors.ts";
import type { PrismaClient } from "../../../../../../src/generated/prisma/client.ts";
import { BrandRef } from "./types.ts";

const metadata = z.record(z.string(), z.unknown()).nullish();
const createSchema = z.object({
  name: fields.title,
  handle: fields.handle.nullish(),
  featuredProductId: z.string().nullish(),
  metadata,
});
const updateSchema = z.object({
  id: z.string().min(1),
  name: fields.title.nullish(),
  handle: fields.handle.nullish(),
  featuredProductId: z.string().nullish(),
  metadata,
});

const toHandle = (name: string) =>
  name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

const brandFields = {
  name: "The brand's display name (1 to 500 characters).",
  handle: "Its URL handle: lowercase words joined by hyphens, unique (taken: a DUPLICATE userError).",
  featuredProductId: "A product (prod_…) the brand shows first.",
  metadata: "Free-form JSON for your own use; replaces the stored object as a whole.",
};
const CreateBrandInput = builder.inputType("CreateBrandInput", {
  fields: (t) => ({
    name: t.string({ required: true, description: brandFields.name }),
    handle: t.string({ description: `${brandFields.handle} Default: made from the name.` }),
    featuredProductId: t.id({ description: brandFields.featuredProductId }),
    metadata: t.field({ type: "JSON", description: brandFields.metadata }),
  }),
});
const UpdateBrandInput = builder.inputType("UpdateBrandInput", {
  fields: (t) => ({
    id: t.id({ required: true, description: "The brand to change; fields left out keep their values." }),
    name: t.string({ description: brandFields.name }),
    handle: t.string({ description: brandFields.handle }),
    featuredProductId: t.id({ description: brandFields.featuredProductId }),
    metadata: t.field({ type: "JSON", description: brandFields.metadata }),
  }),
});
const BrandPayload = payloadType("BrandPayload", "brand", BrandRef);

builder.mutationFields((t) => ({
  createBrand: t.field({
    authScopes: access.admin,
    type: BrandPayload,
    description: "Creates a brand (admins only); invalid input comes back as userErrors.",
    args: { input: t.arg({ type: CreateBrandInput, required: true, description: "The new brand." }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(createSchema, args.input);
        const brand = await ctx.scope.resolve("brand").createBrands({
          name: input.name,
          handle: input.handle ?? toHandle(input.name),
          ...definedOnly({
            featured_product_id: input.featuredProductId,
            metadata: input.metadata as object | undefined,
          }),
        });
        return { brand };
      }),
  }),
  updateBrand: t.field({
    authScopes: access.admin,
    type: BrandPayload,
    description:
      "Changes a brand's fields (admins only); invalid input comes back as userErrors, an unknown id is NOT_FOUND.",
    args: { input: t.arg({ type: UpdateBrandInput, required: true, description: "The brand and its new values." }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(updateSchema, args.input);
        const brand = await ctx.scope.resolve("brand").updateBrands({
          id: input.id,
          ...definedOnly({
            name: input.name,
            handle: input.handle,
            featured_product_id: input.featuredProductId,
            metadata: input.metadata as object | undefined,
          }),
        });
        return { brand };
      }),
  }),
  deleteBrand: t.field({
    authScopes: access.admin,
    type: DeletePayload,
    description: "Soft-deletes the brand, then its links and what they cascade to, in one transaction.",
    args: { input: t.arg({ type: DeleteInput.ref, required: true, description: "The brand to delete." }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const service = ctx.scope.resolve("brand");
        const link = ctx.scope.resolve("link");
        await service.retrieveBrand(args.input.id);
        await (ctx.prisma as PrismaClient).$transaction(
          async (tx) => {
            await service.softDeleteBrands([args.input.id], { tx });
            await link.delete({ brand: { brand_id: args.input.id } }, { tx });
          },
          { timeout: 30_000, maxWait: 30_000 },
        );
        return { deletedId: args.input.id };
      }),
  }),
}));
