// The cart module's part of the schema (read side; its mutations live in src/api/graphql/cart).
import "./types.ts";
import "./queries.ts";
