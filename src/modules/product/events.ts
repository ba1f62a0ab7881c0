/**
 * The product module's domain events, emitted by the core product workflows once the workflow
 * has succeeded. Every payload is `{ id }` of the record concerned.
 */
export const ProductEvents = {
  PRODUCT_CREATED: "product.created",
  PRODUCT_UPDATED: "product.updated",
  PRODUCT_DELETED: "product.deleted",
  PRODUCT_VARIANT_CREATED: "product-variant.created",
  PRODUCT_VARIANT_UPDATED: "product-variant.updated",
  PRODUCT_VARIANT_DELETED: "product-variant.deleted",
  PRODUCT_OPTION_CREATED: "product-option.created",
  PRODUCT_OPTION_UPDATED: "product-option.updated",
  PRODUCT_OPTION_DELETED: "product-option.deleted",
  PRODUCT_CATEGORY_CREATED: "product-category.created",
  PRODUCT_CATEGORY_UPDATED: "product-category.updated",
  PRODUCT_CATEGORY_DELETED: "product-category.deleted",
  PRODUCT_COLLECTION_CREATED: "product-collection.created",
  PRODUCT_COLLECTION_UPDATED: "product-collection.updated",
  PRODUCT_COLLECTION_DELETED: "product-collection.deleted",
  PRODUCT_TAG_CREATED: "product-tag.created",
  PRODUCT_TAG_UPDATED: "product-tag.updated",
  PRODUCT_TAG_DELETED: "product-tag.deleted",
  PRODUCT_TYPE_CREATED: "product-type.created",
  PRODUCT_TYPE_UPDATED: "product-type.updated",
  PRODUCT_TYPE_DELETED: "product-type.deleted",
} as const;

/** The payload of every product event. */
export interface ProductEventData {
  id: string;
}
