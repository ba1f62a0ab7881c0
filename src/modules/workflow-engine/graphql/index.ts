// The workflow engine's part of the schema: execution status and async step completion.
import "./types.ts";
import "./queries.ts";
import "./mutations.ts";
import "./subscriptions.ts";
