// The user module's part of the schema: admin users, invites, the current user.
import "./types.ts";
import "./queries.ts";
