import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { builder } from "../../../framework/graphql/builder.ts";
import { definedOnly, fields, parseInput } from "../../../framework/graphql/inputs.ts";
import { DeletePayload, payloadType } from "../../../framework/graphql/payloads.ts";
import { withUserErrors } from "../../../framework/graphql/user-errors.ts";
import { toHandle } from "../../../modules/product/service.ts";
import { ProductCollectionRef } from "../../../modules/product/graphql/types.ts";
import {
  createCollectionsWorkflow,
  deleteCollectionsWorkflow,
  updateCollectionsWorkflow,
} from "../../../workflows/product/collections.ts";
import {
  IdempotentDeleteInput,
  idempotencyKeyDescription,
  runMutationWorkflow,
} from "../../../framework/graphql/run-workflow.ts";
import { Modules } from "../../../modules/index.ts";

const createSchema = z.object({
  title: fields.title,
  handle: fields.handle.nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
});
const updateSchema = z.object({
  id: z.string().min(1),
  title: fields.title.nullish(),
  handle: fields.handle.nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
});

const CreateProductCollectionInput = builder.inputType("CreateProductCollectionInput", {
  fields: (t) => ({
    title: t.string({ required: true }),
    handle: t.string(),
    metadata: t.field({ type: "JSON" }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});
const UpdateProductCollectionInput = builder.inputType("UpdateProductCollectionInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    title: t.string(),
    handle: t.string(),
    metadata: t.field({ type: "JSON" }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});
const ProductCollectionPayload = payloadType("ProductCollectionPayload", "productCollection", ProductCollectionRef);

builder.mutationFields((t) => ({
  createProductCollection: t.field({
    authScopes: access.admin,
    type: ProductCollectionPayload,
    args: { input: t.arg({ type: CreateProductCollectionInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(createSchema, args.input);
        const [created] = await runMutationWorkflow(
          createCollectionsWorkflow,
          ctx.scope,
          {
            collections: [
              {
                title: input.title,
                handle: input.handle ?? toHandle(input.title),
                ...definedOnly({ metadata: input.metadata as object | undefined }),
              },
            ],
          },
          args.input.idempotencyKey,
        );
        return {
          productCollection: await ctx.scope.resolve(Modules.PRODUCT).retrieveProductCollection(created?.id ?? ""),
        };
      }),
  }),
  updateProductCollection: t.field({
    authScopes: access.admin,
    type: ProductCollectionPayload,
    args: { input: t.arg({ type: UpdateProductCollectionInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(updateSchema, args.input);
        await runMutationWorkflow(
          updateCollectionsWorkflow,
          ctx.scope,
          {
            collections: [
              {
                id: input.id,
                ...definedOnly({
                  title: input.title,
                  handle: input.handle,
                  metadata: input.metadata as object | undefined,
                }),
              },
            ],
          },
          args.input.idempotencyKey,
        );
        return { productCollection: await ctx.scope.resolve(Modules.PRODUCT).retrieveProductCollection(input.id) };
      }),
  }),
  deleteProductCollection: t.field({
    authScopes: access.admin,
    type: DeletePayload,
    args: { input: t.arg({ type: IdempotentDeleteInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        await runMutationWorkflow(
          deleteCollectionsWorkflow,
          ctx.scope,
          { ids: [args.input.id] },
          args.input.idempotencyKey,
        );
        return { deletedId: args.input.id };
      }),
  }),
}));
