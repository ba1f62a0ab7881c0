// The pricing module's part of the schema.
import "./types.ts";
import "./calculated-price.ts";
import "./queries.ts";
