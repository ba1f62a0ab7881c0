// The inventory module's part of the schema.
import "./types.ts";
import "./queries.ts";
import "./variant-inventory-quantity.ts";
import "./variant-availability.ts";
