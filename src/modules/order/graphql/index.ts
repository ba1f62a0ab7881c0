// The order module's part of the schema (read side; completeCart lives in src/api/graphql/cart).
import "./types.ts";
import "./queries.ts";
