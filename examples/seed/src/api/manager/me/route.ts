import type { AuthenticatedMedusaRequest, MedusaResponse } from "../../../../../../src/framework/http/index.ts";

// Only authenticated managers get here (authenticate("manager", ["session", "bearer"])).
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const manager = await req.scope.resolve("manager").retrieveManager(req.auth_context.actor_id);
  res.json({ manager });
};
