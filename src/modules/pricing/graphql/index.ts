// The pricing module's part of the schema.
import "./types.ts";
import "./calculated-price.ts";
import "./queries.ts";
import "./price-set-mutations.ts";
import "./price-list-mutations.ts";
import "./preference-mutations.ts";
