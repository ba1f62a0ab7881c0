import { model } from "../../framework/modules/model.ts";

export const Product = model("Product", {
  idPrefix: "prod",
  searchable: ["title", "subtitle", "handle", "description"],
  cascades: { delete: ["variants", "options", "images"] },
});
export const ProductVariant = model("ProductVariant", { idPrefix: "variant", searchable: ["title", "sku", "barcode"] });
export const ProductOption = model("ProductOption", { idPrefix: "opt", cascades: { delete: ["values"] } });
export const ProductOptionValue = model("ProductOptionValue", { idPrefix: "optval" });
export const ProductImage = model("ProductImage", { idPrefix: "img" });
export const ProductTag = model("ProductTag", { idPrefix: "ptag", searchable: ["value"] });
export const ProductType = model("ProductType", { idPrefix: "ptyp", searchable: ["value"] });
export const ProductCollection = model("ProductCollection", { idPrefix: "pcol", searchable: ["title", "handle"] });
export const ProductCategory = model("ProductCategory", {
  idPrefix: "pcat",
  plural: "ProductCategories",
  searchable: ["name", "handle", "description"],
  cascades: { delete: ["category_children"] },
});
