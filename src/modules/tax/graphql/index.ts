// The tax module's part of the schema.
import "./types.ts";
import "./queries.ts";
import "./region-mutations.ts";
import "./rate-mutations.ts";
