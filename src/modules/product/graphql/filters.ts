import { builder } from "../../../framework/graphql/builder.ts";
import {
  BooleanFilter,
  DateTimeFilter,
  DecimalFilter,
  decimalOperators,
  type DecimalFilterShape,
  IDFilter,
  IntFilter,
  StringFilter,
  toServiceFilters,
  combinators,
  columnFilters,
  enumFilter,
  type FilterOps,
} from "../../../framework/graphql/filters.ts";
import {
  linkFilterFields,
  linkFilterRelations,
  registerModelFilter,
} from "../../../framework/links/graphql-filters.ts";
import type { Filters } from "../../../framework/modules/filters.ts";
import { ProductStatus } from "./types.ts";

export const ProductStatusFilter = enumFilter("ProductStatusFilter", ProductStatus);

export interface ProductTagFilterShape {
  id?: FilterOps<string>;
  value?: FilterOps<string>;
  and?: ProductTagFilterShape[] | null;
  or?: ProductTagFilterShape[] | null;
  not?: ProductTagFilterShape | null;
}
export const ProductTagFilter = builder.inputRef<ProductTagFilterShape>("ProductTagFilter").implement({
  fields: (t) => ({
    ...columnFilters(t, "tags", { id: IDFilter, value: StringFilter }),
    ...combinators(t, ProductTagFilter),
  }),
});
export const tagFilters = (input: ProductTagFilterShape | null | undefined): Filters =>
  toServiceFilters(input, { columns: { id: "id", value: "value" } });

export interface ProductCategoryFilterShape {
  id?: FilterOps<string>;
  name?: FilterOps<string>;
  handle?: FilterOps<string>;
  parentCategoryId?: FilterOps<string>;
  isActive?: FilterOps<boolean>;
  isInternal?: FilterOps<boolean>;
  and?: ProductCategoryFilterShape[] | null;
  or?: ProductCategoryFilterShape[] | null;
  not?: ProductCategoryFilterShape | null;
}
export const ProductCategoryFilter = builder.inputRef<ProductCategoryFilterShape>("ProductCategoryFilter").implement({
  fields: (t) => ({
    ...columnFilters(
      t,
      "categories",
      {
        id: IDFilter,
        name: StringFilter,
        handle: StringFilter,
        parentCategoryId: IDFilter,
        isActive: BooleanFilter,
        isInternal: BooleanFilter,
      },
      {
        parentCategoryId: "Matches categories by their parent's id; isNull: true for top-level categories.",
        isActive: "Matches active (true) or inactive (false) categories.",
        isInternal: "Matches internal (true: hidden from storefronts) or public (false) categories.",
      },
    ),
    ...combinators(t, ProductCategoryFilter),
  }),
});
export const categoryFilters = (input: ProductCategoryFilterShape | null | undefined): Filters =>
  toServiceFilters(input, {
    columns: {
      id: "id",
      name: "name",
      handle: "handle",
      parentCategoryId: "parent_category_id",
      isActive: "is_active",
      isInternal: "is_internal",
    },
  });

export interface ProductVariantFilterShape {
  id?: FilterOps<string>;
  title?: FilterOps<string>;
  sku?: FilterOps<string>;
  productId?: FilterOps<string>;
  manageInventory?: FilterOps<boolean>;
  allowBackorder?: FilterOps<boolean>;
  and?: ProductVariantFilterShape[] | null;
  or?: ProductVariantFilterShape[] | null;
  not?: ProductVariantFilterShape | null;
}
export const ProductVariantFilter = builder.inputRef<ProductVariantFilterShape>("ProductVariantFilter").implement({
  fields: (t) => ({
    ...columnFilters(
      t,
      "variants",
      {
        id: IDFilter,
        title: StringFilter,
        sku: StringFilter,
        productId: IDFilter,
        manageInventory: BooleanFilter,
        allowBackorder: BooleanFilter,
      },
      {
        manageInventory: "Matches variants whose stock is (true) or is not (false) tracked through inventory items.",
        allowBackorder: "Matches variants that may (true) or may not (false) be sold beyond their stock.",
      },
    ),
    ...combinators(t, ProductVariantFilter),
  }),
});
export const variantFilters = (input: ProductVariantFilterShape | null | undefined): Filters =>
  toServiceFilters(input, {
    columns: {
      id: "id",
      title: "title",
      sku: "sku",
      productId: "product_id",
      manageInventory: "manage_inventory",
      allowBackorder: "allow_backorder",
    },
  });

/**
 * The computed column of a product's calculated price (its cheapest variant's, before tax) in the
 * request's price context; src/links/graphql/product-price.ts computes it across the
 * product_variant_price_set link. Without that link, sorting or filtering by it is INVALID_DATA.
 */
export const PRODUCT_PRICE = "calculated_price";
export const computedPriceNote = "Needs a price context and the variant price link (else INVALID_DATA).";

export interface ProductFilterShape {
  id?: FilterOps<string>;
  title?: FilterOps<string>;
  subtitle?: FilterOps<string>;
  material?: FilterOps<string>;
  handle?: FilterOps<string>;
  status?: FilterOps<"draft" | "proposed" | "published" | "rejected">;
  isGiftcard?: FilterOps<boolean>;
  weight?: FilterOps<number>;
  typeId?: FilterOps<string>;
  collectionId?: FilterOps<string>;
  createdAt?: FilterOps<Date>;
  updatedAt?: FilterOps<Date>;
  tags?: ProductTagFilterShape | null;
  categories?: ProductCategoryFilterShape | null;
  variants?: ProductVariantFilterShape | null;
  price?: DecimalFilterShape | null;
  and?: ProductFilterShape[] | null;
  or?: ProductFilterShape[] | null;
  not?: ProductFilterShape | null;
  /** Filters on linked records, added by links (`brand: { name: { eq: "Acme" } }`). */
  [link: string]: unknown;
}
export const ProductFilter = builder.inputRef<ProductFilterShape>("ProductFilter").implement({
  description:
    "Filters on a product's own fields and on its variants, tags and categories; `and` / `or` combine filters.",
  fields: (t) => ({
    ...columnFilters(
      t,
      "products",
      {
        id: IDFilter,
        title: StringFilter,
        handle: StringFilter,
        subtitle: StringFilter,
        material: StringFilter,
        status: ProductStatusFilter,
        isGiftcard: BooleanFilter,
        weight: IntFilter,
        typeId: IDFilter,
        collectionId: IDFilter,
        createdAt: DateTimeFilter,
        updatedAt: DateTimeFilter,
      },
      {
        status: "Matches products by status; storefronts only ever read PUBLISHED products whatever this says.",
        isGiftcard: "Matches gift cards (true) or other products (false).",
        weight:
          "Matches products whose weight (an integer, in the store's weight unit) satisfies every comparison given.",
        collectionId: "Matches products by their collection's id; isNull: true for products in no collection.",
      },
    ),
    tags: t.field({ type: ProductTagFilter, description: "Products with at least one tag matching." }),
    categories: t.field({ type: ProductCategoryFilter, description: "Products in at least one category matching." }),
    variants: t.field({ type: ProductVariantFilter, description: "Products with at least one variant matching." }),
    price: t.field({
      type: DecimalFilter,
      description: `Products whose lowest calculated variant price in the request's price context (@inContext) is in range. ${computedPriceNote}`,
    }),
    ...combinators(t, ProductFilter),
    ...linkFilterFields("Product", t),
  }),
});
export const productFilters = (input: ProductFilterShape | null | undefined): Filters =>
  toServiceFilters(input, {
    columns: {
      id: "id",
      title: "title",
      subtitle: "subtitle",
      material: "material",
      handle: "handle",
      status: "status",
      isGiftcard: "is_giftcard",
      weight: "weight",
      typeId: "type_id",
      collectionId: "collection_id",
      createdAt: "created_at",
      updatedAt: "updated_at",
    },
    relations: {
      tags: ["tags", tagFilters],
      categories: ["categories", categoryFilters],
      variants: ["variants", variantFilters],
      price: [PRODUCT_PRICE, (input: DecimalFilterShape) => decimalOperators(input, "price")],
      ...linkFilterRelations("Product"),
    },
  });
registerModelFilter("Product", ProductFilter, productFilters);
