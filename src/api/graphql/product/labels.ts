import type { OutputRef } from "@pothos/core";
import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import { columnsOf } from "../../../framework/graphql/inputs.ts";
import { payloadType } from "../../../framework/graphql/payloads.ts";
import { deleteMutation, workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import type { UserErrorShape } from "../../../framework/graphql/user-errors.ts";
import { metadataInput, zodId, type zodJson } from "../../../framework/graphql/zod-input.ts";
import type { TesseraContainer } from "../../../framework/container/container.ts";
import type { WorkflowRunner } from "../../../framework/workflows/index.ts";
import { Modules } from "../../../modules/index.ts";
import { ProductTagRef, ProductTypeRef } from "../../../modules/product/graphql/types.ts";
import {
  createProductTagsWorkflow,
  deleteProductTagsWorkflow,
  updateProductTagsWorkflow,
} from "../../../workflows/product/product-tags.ts";
import {
  createProductTypesWorkflow,
  deleteProductTypesWorkflow,
  updateProductTypesWorkflow,
} from "../../../workflows/product/product-types.ts";

// Tags and types are both a unique `value` with metadata: one input shape serves both.
const value = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(200)
  .describe("The tag or type, unique among its kind.");
const createInput = {
  name: "CreateProductLabelInput",
  description: "A product tag or type.",
  schema: z.object({ value, metadata: metadataInput() }),
};
const updateInput = {
  name: "UpdateProductLabelInput",
  schema: z.object({
    id: zodId().describe("The tag or type to update."),
    value: value.nullish(),
    metadata: metadataInput(),
  }),
};

type Label = { id: string };
type LabelColumns = { value?: string; metadata?: z.output<ReturnType<typeof zodJson>> };
type Flow<I, O> = (container: TesseraContainer) => WorkflowRunner<I, O>;

/** create/update/delete<Label>: the same three mutations for tags and types. */
function labelMutations<T extends Label, P extends { userErrors: UserErrorShape[] }, CI, CO extends Label[], UI>(spec: {
  label: "ProductTag" | "ProductType";
  words: string;
  payload: OutputRef<P>;
  /** The payload of one re-read label (`{ productTag }`). */
  payloadOf: (label: T) => Omit<P, "userErrors">;
  retrieve: (ctx: GraphQLContext, id: string) => Promise<T>;
  create: Flow<CI, CO>;
  /** The create workflow's input for one label (`{ product_tags: [columns] }`). */
  createBatch: (columns: LabelColumns) => CI;
  update: Flow<UI, unknown>;
  updateBatch: (columns: LabelColumns & { id: string }) => UI;
  remove: Flow<{ ids: string[] }, unknown>;
}) {
  workflowMutation(`create${spec.label}`, {
    access: access.admin,
    description: `Creates a ${spec.words}; its value must be unique.`,
    input: createInput,
    workflow: spec.create,
    workflowInput: (input) => spec.createBatch(columnsOf(input)),
    payload: spec.payload,
    result: async (output, _input, ctx) => spec.payloadOf(await spec.retrieve(ctx, output[0]?.id ?? "")),
  });
  workflowMutation(`update${spec.label}`, {
    access: access.admin,
    description: `Changes a ${spec.words}'s value or metadata.`,
    input: updateInput,
    workflow: spec.update,
    workflowInput: (input) => spec.updateBatch({ ...columnsOf(input), id: input.id }),
    payload: spec.payload,
    result: async (_output, input, ctx) => spec.payloadOf(await spec.retrieve(ctx, input.id)),
  });
  deleteMutation(`delete${spec.label}`, {
    access: access.admin,
    description: `Soft-deletes a ${spec.words}; products keep existing without it.`,
    workflow: spec.remove,
  });
}

labelMutations({
  label: "ProductTag",
  words: "product tag",
  payload: payloadType("ProductTagPayload", "productTag", ProductTagRef),
  payloadOf: (productTag) => ({ productTag }),
  retrieve: (ctx: GraphQLContext, id: string) => ctx.scope.resolve(Modules.PRODUCT).retrieveProductTag(id),
  create: createProductTagsWorkflow,
  createBatch: (columns) => ({ product_tags: [columns] }),
  update: updateProductTagsWorkflow,
  updateBatch: (columns) => ({ product_tags: [columns] }),
  remove: deleteProductTagsWorkflow,
});
labelMutations({
  label: "ProductType",
  words: "product type",
  payload: payloadType("ProductTypePayload", "productType", ProductTypeRef),
  payloadOf: (productType) => ({ productType }),
  retrieve: (ctx: GraphQLContext, id: string) => ctx.scope.resolve(Modules.PRODUCT).retrieveProductType(id),
  create: createProductTypesWorkflow,
  createBatch: (columns) => ({ product_types: [columns] }),
  update: updateProductTypesWorkflow,
  updateBatch: (columns) => ({ product_types: [columns] }),
  remove: deleteProductTypesWorkflow,
});
