// The inventory module's part of the schema.
import "./types.ts";
import "./queries.ts";
import "./item-mutations.ts";
import "./reservation-mutations.ts";
