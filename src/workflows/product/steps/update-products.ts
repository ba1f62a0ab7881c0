import type { UpdateInput } from "../../../framework/modules/service-factory.ts";
import { columnsOf, each, updateRowsStep } from "./row-steps.ts";

/** A product update: columns, tag and category ids (replacing), images (replacing). */
export type ProductUpdate = UpdateInput<"Product"> & {
  tags?: string[];
  categories?: string[];
  images?: { url: string; rank: number }[];
};

export const updateProductsStepId = "update-products";
/** Updates products; compensation writes back their columns, tags, categories and images. */
export const updateProductsStep = updateRowsStep(updateProductsStepId, {
  snapshot: (s, ids) => each(ids, (id) => s.retrieveProduct(id, { relations: ["tags", "categories", "images"] })),
  update: (s, input: ProductUpdate[]) => each(input, ({ images, ...data }) => s.updateProductWithImages(data, images)),
  restore: (s, previous) =>
    each(previous, (p) =>
      s.updateProductWithImages(
        {
          id: p.id,
          ...columnsOf(p, ["tags", "categories", "images"]),
          tags: (p.tags ?? []).map((t) => t.id),
          categories: (p.categories ?? []).map((c) => c.id),
        },
        (p.images ?? []).map((i) => ({ url: i.url, rank: i.rank })),
      ),
    ),
});
