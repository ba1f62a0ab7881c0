// The brand module's part of the schema. Link fields (Brand.products, Brand.featuredProduct)
// are added by the framework from src/links.
import "./types.ts";
import "./filters.ts";
import "./queries.ts";
import "./mutations.ts";
