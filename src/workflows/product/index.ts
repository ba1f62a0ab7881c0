// The product module's core flows: every product mutation runs one of these.
export { createProductsWorkflow } from "./create-products.ts";
export { updateProductsWorkflow } from "./update-products.ts";
export { deleteProductsWorkflow } from "./delete-products.ts";
export {
  createProductVariantsWorkflow,
  updateProductVariantsWorkflow,
  deleteProductVariantsWorkflow,
} from "./product-variants.ts";
export {
  createProductOptionsWorkflow,
  updateProductOptionsWorkflow,
  deleteProductOptionsWorkflow,
} from "./product-options.ts";
export {
  createProductCategoriesWorkflow,
  updateProductCategoriesWorkflow,
  deleteProductCategoriesWorkflow,
} from "./product-categories.ts";
export { createCollectionsWorkflow, updateCollectionsWorkflow, deleteCollectionsWorkflow } from "./collections.ts";
export { createProductTagsWorkflow, updateProductTagsWorkflow, deleteProductTagsWorkflow } from "./product-tags.ts";
export { createProductTypesWorkflow, updateProductTypesWorkflow, deleteProductTypesWorkflow } from "./product-types.ts";
export { linkVariantInventoryItemsWorkflow } from "./link-variant-inventory-items.ts";
