import { columnsOf, createRowsStep, each, softDeleteRowsStep, updateRowsStep } from "./row-steps.ts";

export interface OptionInput {
  product_id: string;
  title: string;
  values: string[];
}
/** An option update: a new title, values to add. */
export interface OptionUpdate {
  id: string;
  title?: string;
  add_values?: string[];
}

export const createProductOptionsStepId = "create-product-options";
export const createProductOptionsStep = createRowsStep(
  createProductOptionsStepId,
  (s, input: OptionInput[]) =>
    each(input, async (o) => {
      await s.retrieveProduct(o.product_id);
      return s.createProductOptions({
        product_id: o.product_id,
        title: o.title,
        values: o.values.map((value) => ({ value })),
      });
    }),
  (s, ids) => s.deleteProductOptions(ids),
);

export const updateProductOptionsStepId = "update-product-options";
export const updateProductOptionsStep = updateRowsStep(updateProductOptionsStepId, {
  snapshot: (s, ids) => each(ids, (id) => s.retrieveProductOption(id, { relations: ["values"] })),
  update: (s, input: OptionUpdate[]) =>
    each(input, (o) =>
      s.updateProductOptions({
        id: o.id,
        ...(o.title ? { title: o.title } : {}),
        ...(o.add_values?.length ? { values: o.add_values.map((value) => ({ value })) } : {}),
      }),
    ),
  restore: (s, previous) =>
    each(previous, async (o) => {
      // Values the update added go; the title comes back.
      await s.deleteProductOptionValues({ option_id: o.id, id: { $nin: (o.values ?? []).map((v) => v.id) } });
      return s.updateProductOptions({ id: o.id, ...columnsOf(o, ["values"]) });
    }),
});

export const deleteProductOptionsStepId = "delete-product-options";
export const deleteProductOptionsStep = softDeleteRowsStep(deleteProductOptionsStepId, {
  retrieve: (s, id) => s.retrieveProductOption(id),
  softDelete: (s, ids) => s.softDeleteProductOptions(ids),
  restore: (s, ids) => s.restoreProductOptions(ids),
});
