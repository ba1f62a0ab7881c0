// The promotion module's part of the schema: admin reads only (a storefront applies codes to its
// cart; it never lists promotions or campaigns).
import "./types.ts";
import "./queries.ts";
