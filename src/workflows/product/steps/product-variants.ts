import type { UpdateInput } from "../../../framework/modules/service-factory.ts";
import type { VariantInput } from "../../../modules/product/service.ts";
import { columnsOf, createRowsStep, each, softDeleteRowsStep, updateRowsStep } from "./row-steps.ts";

/** A variant update; `options` (option title → value), when given, replace its option values. */
export type VariantUpdate = UpdateInput<"ProductVariant"> & { options?: Record<string, string> };

export const createProductVariantsStepId = "create-product-variants";
export const createProductVariantsStep = createRowsStep(
  createProductVariantsStepId,
  (s, input: VariantInput[]) => s.createVariantsWithOptions(input),
  (s, ids) => s.deleteProductVariants(ids),
);

export const updateProductVariantsStepId = "update-product-variants";
export const updateProductVariantsStep = updateRowsStep(updateProductVariantsStepId, {
  snapshot: (s, ids) => each(ids, (id) => s.retrieveProductVariant(id, { relations: ["options"] })),
  update: (s, input: VariantUpdate[]) =>
    each(input, ({ options, ...data }) => s.updateVariantWithOptions(data, options)),
  restore: (s, previous) =>
    each(previous, (v) =>
      s.updateProductVariants({ id: v.id, ...columnsOf(v, ["options"]), options: (v.options ?? []).map((o) => o.id) }),
    ),
});

export const deleteProductVariantsStepId = "delete-product-variants";
export const deleteProductVariantsStep = softDeleteRowsStep(deleteProductVariantsStepId, {
  retrieve: (s, id) => s.retrieveProductVariant(id),
  softDelete: (s, ids) => s.softDeleteProductVariants(ids),
  restore: (s, ids) => s.restoreProductVariants(ids),
});
