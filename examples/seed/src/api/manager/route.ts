import { z } from "zod";
import type { AuthenticatedMedusaRequest, MedusaResponse } from "../../../../../src/framework/http/index.ts";
import { TesseraError } from "../../../../../src/framework/errors/tessera-error.ts";
import { parseRequestPart } from "../../../../../src/framework/http/validators.ts";
import createManagerWorkflow from "../../workflows/manager/create-manager.ts";

const RequestBody = z.object({
  first_name: z.string().min(1),
  last_name: z.string().min(1),
  email: z.string().email(),
});

// The seed's "Create an Actor Type to Authenticate": a registered-but-unattached identity
// (authenticate("manager", …, { allowUnregistered: true })) becomes a manager.
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof RequestBody>>, res: MedusaResponse) {
  // If `actor_id` is present, the request carries authentication for an existing manager.
  if (req.auth_context.actor_id) {
    throw new TesseraError(TesseraError.Types.INVALID_DATA, "Request already authenticated as a manager.");
  }
  const manager = parseRequestPart(RequestBody, req.body, "body");
  const { result } = await createManagerWorkflow(req.scope).run({
    input: { manager, authIdentityId: req.auth_context.auth_identity_id },
  });
  res.status(200).json({ manager: result });
}
