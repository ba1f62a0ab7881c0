// The workflow engine's part of the schema: execution status (completing an async step is in src/api/graphql/workflow-engine).
import "./types.ts";
import "./queries.ts";
import "./subscriptions.ts";
