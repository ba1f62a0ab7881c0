import type { MedusaRequest, MedusaResponse } from "../../../../../../src/framework/http/index.ts";

// A route whose body limit is lowered to 1kb in middlewares.ts (bodyParser.sizeLimit).
export const POST = async (req: MedusaRequest<{ note?: string }>, res: MedusaResponse) => {
  res.json({ length: (req.body.note ?? "").length });
};
