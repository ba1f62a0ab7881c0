import type { MedusaRequest, MedusaResponse } from "../../../../../src/framework/http/index.ts";
import helloWorldWorkflow from "../../workflows/hello-world/index.ts";

// The seed's "Execute a Workflow in an API Route".
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { result } = await helloWorldWorkflow(req.scope).run({ input: { name: req.query.name as string } });
  res.send(result);
}
