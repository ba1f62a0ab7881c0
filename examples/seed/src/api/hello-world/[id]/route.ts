import type { MedusaRequest, MedusaResponse } from "../../../../../../src/framework/http/index.ts";

// The seed's "Use Path Parameters".
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ message: `[GET] Hello ${req.params.id}!` });
};
