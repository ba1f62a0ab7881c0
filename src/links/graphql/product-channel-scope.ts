import { registerReadScope } from "../../framework/links/read-scope.ts";
import { hopsFrom } from "../../framework/links/registry.ts";

// A storefront sees only the products linked to one of its publishable key's sales channels,
// through the product_sales_channel link; a key without channels (or a caller without a key)
// sees none. Lists, lookups, link fields and node(id:) apply it with the product module's own
// rule (published products); variants, options and images follow their product.
const hop = hopsFrom("Product").find((h) => h.link.entryPoint === "product_sales_channel");

if (hop)
  registerReadScope("Product", (ctx) => ({ [hop.field]: { id: ctx.auth.publishableKey?.sales_channel_ids ?? [] } }));
