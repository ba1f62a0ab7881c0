import { registerReadScope } from "../../../framework/links/read-scope.ts";
import { hopsFrom } from "../../../framework/links/registry.ts";

// A storefront (a publishable key, not admin) sees only the products linked to one of its key's
// sales channels, through the product_sales_channel link; a key without channels sees none.
// The product module applies the scope to its reads (products, product, productVariants, node).
const hop = hopsFrom("Product").find((h) => h.link.entryPoint === "product_sales_channel");

if (hop) {
  registerReadScope("Product", (ctx) => {
    const key = ctx.auth.publishableKey;
    return key ? { [hop.field]: { id: key.sales_channel_ids } } : undefined;
  });
}
