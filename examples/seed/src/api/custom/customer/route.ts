import type { AuthenticatedMedusaRequest, MedusaResponse } from "../../../../../../src/framework/http/index.ts";

// The seed's "Retrieve Logged-In Customer" behind "Restrict an API Route to Logged-In Customers".
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  if (req.auth_context?.actor_id) {
    const customerModuleService = req.scope.resolve("customer");
    const customer = await customerModuleService.retrieveCustomer(req.auth_context.actor_id);
    res.json({ customer: { id: customer.id, email: customer.email } });
    return;
  }
  res.json({ customer: null });
};
