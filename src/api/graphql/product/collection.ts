import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { columnsOf, fields } from "../../../framework/graphql/inputs.ts";
import { recordMutations } from "../../../framework/graphql/record-mutations.ts";
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

recordMutations("ProductCollection", {
  ref: ProductCollectionRef,
  access: access.admin,
  batch: "collections",
  retrieve: (ctx, id) => ctx.scope.resolve(Modules.PRODUCT).retrieveProductCollection(id),
  create: {
    description: "Creates a collection; a handle already in use is a DUPLICATE userError.",
    schema: createSchema,
    workflow: createCollectionsWorkflow,
    row: (input) => ({ ...columnsOf(input), handle: input.handle ?? toHandle(input.title) }),
  },
  update: {
    description: "Changes a collection's title, handle or metadata.",
    schema: updateSchema,
    workflow: updateCollectionsWorkflow,
  },
  delete: {
    description: "Soft-deletes a collection; its products stay, without a collection.",
    workflow: deleteCollectionsWorkflow,
  },
});
