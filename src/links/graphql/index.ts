// GraphQL fields that compose several modules across links, added after every module's and
// link's fields. Each file is imported only when what it composes is loaded: importing a
// module's GraphQL types registers them in the schema.
import { hasGraphQLType } from "../../framework/links/graphql-refs.ts";
import { linkByEntryPoint } from "../../framework/links/registry.ts";

if (linkByEntryPoint("product_variant_price_set") && hasGraphQLType("ProductVariant") && hasGraphQLType("PriceSet")) {
  await import("./variant-calculated-price.ts");
  await import("./variant-prices.ts");
  if (hasGraphQLType("TaxRate")) await import("./variant-price-taxes.ts");
}
