import type { MedusaRequest, MedusaResponse } from "../../../../../src/framework/http/index.ts";

// The seed's "Use Query Parameters".
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ message: `Hello ${String(req.query.name)}` });
};
