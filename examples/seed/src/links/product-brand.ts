import BrandModule from "../modules/brand/index.ts";
import ProductModule from "../../../../src/modules/product/index.ts";
import { defineLink } from "../../../../src/framework/links/define-link.ts";

// A brand has many products, a product has one brand (Product.brand / Brand.products).
// Deleting a brand through link.delete soft-deletes its products; each link row carries metadata.
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: true, deleteCascades: true },
  BrandModule.linkable.brand,
  { database: { extraColumns: { metadata: { type: "json" } } } },
);
