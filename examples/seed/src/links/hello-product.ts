import HelloModule from "../modules/hello/index.ts";
import ProductModule from "../../../../src/modules/product/index.ts";
import { defineLink } from "../../../../src/framework/links/define-link.ts";

// The seed's Module Links example: a product has one my_custom record (and back), the link row
// carries metadata, and deleting a product soft-deletes its my_custom record.
export default defineLink(
  ProductModule.linkable.product,
  { linkable: HelloModule.linkable.myCustom, deleteCascades: true },
  { database: { extraColumns: { metadata: { type: "json" } } } },
);
