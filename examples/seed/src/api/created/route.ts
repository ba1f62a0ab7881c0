import type { MedusaRequest, MedusaResponse } from "../../../../../src/framework/http/index.ts";

// The seed's "Set Response Code".
export const GET = async (_req: MedusaRequest, res: MedusaResponse) => {
  res.status(201).json({ message: "Hello, World!" });
};
