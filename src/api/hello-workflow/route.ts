import type { MedusaRequest, MedusaResponse } from "../../framework/http/index.ts";
import helloWorldWorkflow from "./hello-world-workflow.ts";

// The seed's "Execute a Workflow in an API Route". Until the workflow engine is merged,
// `helloWorldWorkflow` is a plain async function with the same `(container).run({ input })` shape.
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { result } = await helloWorldWorkflow(req.scope).run({ input: { name: req.query.name as string } });
  res.send(result);
}
