// The product module's part of the schema: types, queries and mutations.
import "./types.ts";
import "./queries.ts";
import "./mutations/product.ts";
import "./mutations/variant.ts";
import "./mutations/option.ts";
import "./mutations/category.ts";
import "./mutations/collection.ts";
import "./mutations/labels.ts";
