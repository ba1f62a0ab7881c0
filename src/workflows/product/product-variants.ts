import { ProductEvents } from "../../modules/product/events.ts";
import * as steps from "./steps/product-variants.ts";
import { deleteWorkflow, rowsWorkflow } from "./rows-workflows.ts";
import { transform } from "../../framework/workflows/index.ts";

export const createProductVariantsWorkflow = rowsWorkflow("create-product-variants", "product_variants", "productVariantsCreated", steps.createProductVariantsStep, ProductEvents.PRODUCT_VARIANT_CREATED);
export const updateProductVariantsWorkflow = rowsWorkflow("update-product-variants", "product_variants", "productVariantsUpdated", steps.updateProductVariantsStep, ProductEvents.PRODUCT_VARIANT_UPDATED);
export const deleteProductVariantsWorkflow = deleteWorkflow("delete-product-variants", "productVariantsDeleted", steps.deleteProductVariantsStep, ProductEvents.PRODUCT_VARIANT_DELETED,
  (ids) => transform({ ids }, ({ ids: variantIds }) => ({ product: { product_variant_id: variantIds } })));
