import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import { columnsOf, fields } from "../../../framework/graphql/inputs.ts";
import { payloadType } from "../../../framework/graphql/payloads.ts";
import { deleteMutation, workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { metadataInput, zodId } from "../../../framework/graphql/zod-input.ts";
import { Modules } from "../../../modules/index.ts";
import { ProductCollectionRef } from "../../../modules/product/graphql/types.ts";
import { toHandle } from "../../../modules/product/service.ts";
import {
  createCollectionsWorkflow,
  deleteCollectionsWorkflow,
  updateCollectionsWorkflow,
} from "../../../workflows/product/collections.ts";

const handle = fields.handle.nullish().describe("Unique; made from the title when left out.");
const createSchema = z.object({
  title: fields.title.describe("The collection's name."),
  handle,
  metadata: metadataInput(),
});
const updateSchema = z.object({
  id: zodId().describe("The collection to update."),
  title: fields.title.nullish().describe("The collection's name."),
  handle,
  metadata: metadataInput(),
});

const ProductCollectionPayload = payloadType("ProductCollectionPayload", "productCollection", ProductCollectionRef);
const retrieve = (ctx: GraphQLContext, id: string) => ctx.scope.resolve(Modules.PRODUCT).retrieveProductCollection(id);

workflowMutation("createProductCollection", {
  access: access.admin,
  description: "Creates a collection; a handle already in use is a DUPLICATE userError.",
  input: { name: "CreateProductCollectionInput", schema: createSchema },
  workflow: createCollectionsWorkflow,
  workflowInput: (input) => ({
    collections: [{ ...columnsOf(input), handle: input.handle ?? toHandle(input.title) }],
  }),
  payload: ProductCollectionPayload,
  result: async ([created], _input, ctx) => ({ productCollection: await retrieve(ctx, created?.id ?? "") }),
});

workflowMutation("updateProductCollection", {
  access: access.admin,
  description: "Changes a collection's title, handle or metadata.",
  input: { name: "UpdateProductCollectionInput", schema: updateSchema },
  workflow: updateCollectionsWorkflow,
  workflowInput: (input) => ({ collections: [columnsOf(input)] }),
  payload: ProductCollectionPayload,
  result: async (_output, input, ctx) => ({ productCollection: await retrieve(ctx, input.id) }),
});

deleteMutation("deleteProductCollection", {
  access: access.admin,
  description: "Soft-deletes a collection; its products stay, without a collection.",
  workflow: deleteCollectionsWorkflow,
});
