import BrandModule from "../modules/brand/index.ts";
import ProductModule from "../../../../src/modules/product/index.ts";
import { defineLink } from "../../../../src/framework/links/define-link.ts";

// A read-only link: the brand keeps the product's id in featured_product_id, no link table.
// GraphQL gets Brand.featuredProduct.
export default defineLink(
  { linkable: BrandModule.linkable.brand, field: "featured_product_id" },
  ProductModule.linkable.product,
  { readOnly: true },
);
