// The API key module's part of the schema: admin only; a secret key's token is returned once.
import "./types.ts";
import "./queries.ts";
