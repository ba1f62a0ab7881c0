// The sales channel module's part of the schema.
import "./types.ts";
import "./filters.ts";
import "./queries.ts";
