// The product module's part of the schema: types and queries (its mutations are in src/api/graphql/product).
import "./types.ts";
import "./queries.ts";
import "./catalog-connections.ts";
