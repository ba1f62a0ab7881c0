// The currency module's part of the schema: currencies are seeded, so there are reads only.
import "./types.ts";
import "./queries.ts";
