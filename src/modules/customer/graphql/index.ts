// The customer module's part of the schema: the logged-in customer's own data, admin lists.
import "./types.ts";
import "./queries.ts";
