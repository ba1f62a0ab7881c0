import type { OutputRef } from "@pothos/core";
import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import { columnsOf } from "../../../framework/graphql/inputs.ts";
import { payloadType } from "../../../framework/graphql/payloads.ts";
import { deleteMutation, workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { metadataInput, zodId } from "../../../framework/graphql/zod-input.ts";
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
type LabelColumns = { value?: string; metadata?: Record<string, unknown> };
type Flow<I> = (container: TesseraContainer) => WorkflowRunner<I, unknown>;

/** create/update/delete<Label>: the same three mutations for tags and types. */
function labelMutations<K extends string, T extends Label>(spec: {
  label: "ProductTag" | "ProductType";
  field: K;
  batch: string;
  ref: OutputRef<T>;
  retrieve: (ctx: GraphQLContext, id: string) => Promise<T>;
  create: Flow<Record<string, LabelColumns[]>>;
  update: Flow<Record<string, (LabelColumns & { id: string })[]>>;
  remove: Flow<{ ids: string[] }>;
}) {
  const payload = payloadType(`${spec.label}Payload`, spec.field, spec.ref);
  const words = spec.label === "ProductTag" ? "product tag" : "product type";
  workflowMutation(`create${spec.label}`, {
    access: access.admin,
    description: `Creates a ${words}; its value must be unique.`,
    input: createInput,
    workflow: spec.create as Flow<Record<string, LabelColumns[]>> as never,
    workflowInput: (input) => ({ [spec.batch]: [columnsOf(input)] }),
    payload,
    result: async (output: unknown, _input, ctx) =>
      ({ [spec.field]: await spec.retrieve(ctx, (output as Label[])[0]?.id ?? "") }) as never,
  });
  workflowMutation(`update${spec.label}`, {
    access: access.admin,
    description: `Changes a ${words}'s value or metadata.`,
    input: updateInput,
    workflow: spec.update as never,
    workflowInput: (input) => ({ [spec.batch]: [columnsOf(input)] }),
    payload,
    result: async (_output: unknown, input, ctx) => ({ [spec.field]: await spec.retrieve(ctx, input.id) }) as never,
  });
  deleteMutation(`delete${spec.label}`, {
    access: access.admin,
    description: `Soft-deletes a ${words}; products keep existing without it.`,
    workflow: spec.remove,
  });
}

labelMutations({
  label: "ProductTag",
  field: "productTag",
  batch: "product_tags",
  ref: ProductTagRef,
  retrieve: (ctx, id) => ctx.scope.resolve(Modules.PRODUCT).retrieveProductTag(id),
  create: createProductTagsWorkflow as never,
  update: updateProductTagsWorkflow as never,
  remove: deleteProductTagsWorkflow,
});
labelMutations({
  label: "ProductType",
  field: "productType",
  batch: "product_types",
  ref: ProductTypeRef,
  retrieve: (ctx, id) => ctx.scope.resolve(Modules.PRODUCT).retrieveProductType(id),
  create: createProductTypesWorkflow as never,
  update: updateProductTypesWorkflow as never,
  remove: deleteProductTypesWorkflow,
});
