import { filterInput } from "../../../framework/graphql/filter-input.ts";
import {
  DecimalFilter,
  decimalOperators,
  type DecimalFilterShape,
  enumFilter,
} from "../../../framework/graphql/filters.ts";
import { Product, ProductCategory, ProductTag, ProductVariant } from "../models.ts";
import { ProductStatus } from "./types.ts";

export const productTagFilter = filterInput(ProductTag, { records: "tags", columns: { id: true, value: true } });

export const productCategoryFilter = filterInput(ProductCategory, {
  records: "categories",
  columns: {
    id: true,
    name: true,
    handle: true,
    parent_category_id: "Matches categories by their parent's id; isNull: true for top-level categories.",
    is_active: "Matches active (true) or inactive (false) categories.",
    is_internal: "Matches internal (true: hidden from storefronts) or public (false) categories.",
  },
});

export const productVariantFilter = filterInput(ProductVariant, {
  records: "variants",
  columns: {
    id: true,
    title: true,
    sku: true,
    product_id: true,
    manage_inventory: "Matches variants whose stock is (true) or is not (false) tracked through inventory items.",
    allow_backorder: "Matches variants that may (true) or may not (false) be sold beyond their stock.",
  },
});

/**
 * The computed column of a product's calculated price (its cheapest variant's, before tax) in the
 * request's price context; src/links/graphql/product-price.ts computes it across the
 * product_variant_price_set link. Without that link, sorting or filtering by it is INVALID_DATA.
 */
export const PRODUCT_PRICE = "calculated_price";
export const computedPriceNote = "Needs a price context and the variant price link (else INVALID_DATA).";

// Registered for links: a link's filter reaches products (`brand: { products: { … } }`) and links add theirs.
export const productFilter = filterInput(Product, {
  description:
    "Filters on a product's own fields and on its variants, tags and categories; `and` / `or` combine filters.",
  columns: {
    id: true,
    title: true,
    handle: true,
    subtitle: true,
    material: true,
    status: {
      type: enumFilter("ProductStatusFilter", ProductStatus),
      description: "Matches products by status; storefronts only ever read PUBLISHED products whatever this says.",
    },
    is_giftcard: "Matches gift cards (true) or other products (false).",
    weight: "Matches products whose weight (an integer, in the store's weight unit) satisfies every comparison given.",
    type_id: true,
    collection_id: "Matches products by their collection's id; isNull: true for products in no collection.",
    created_at: true,
    updated_at: true,
  },
  relations: {
    tags: {
      type: productTagFilter.input,
      description: "Products with at least one tag matching.",
      column: "tags",
      translate: productTagFilter.translate,
    },
    categories: {
      type: productCategoryFilter.input,
      description: "Products in at least one category matching.",
      column: "categories",
      translate: productCategoryFilter.translate,
    },
    variants: {
      type: productVariantFilter.input,
      description: "Products with at least one variant matching.",
      column: "variants",
      translate: productVariantFilter.translate,
    },
    price: {
      type: DecimalFilter,
      description: `Products whose lowest calculated variant price in the request's price context (@inContext) is in range. ${computedPriceNote}`,
      column: PRODUCT_PRICE,
      translate: (input: DecimalFilterShape) => decimalOperators(input, "price"),
    },
  },
  links: true,
});
