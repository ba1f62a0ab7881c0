// The inventory module's part of the schema.
import "./types.ts";
import "./queries.ts";
