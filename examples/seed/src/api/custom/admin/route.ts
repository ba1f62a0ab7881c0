import type { AuthenticatedMedusaRequest, MedusaResponse } from "../../../../../../src/framework/http/index.ts";

// The seed's "Retrieve Logged-In Admin User" behind "Restrict an API Route to Admin Users".
// A secret API key authenticates as actor type "api-key": it has no user record.
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  if (req.auth_context.actor_type === "api-key") {
    res.json({ api_key_id: req.auth_context.actor_id });
    return;
  }
  const userModuleService = req.scope.resolve("user");
  const user = await userModuleService.retrieveUser(req.auth_context.actor_id);
  res.json({ user: { id: user.id, email: user.email } });
};
