import type { MedusaRequest, MedusaResponse } from "../../../../../../src/framework/http/index.ts";
import { TesseraError } from "../../../../../../src/framework/errors/tessera-error.ts";

// The seed's "Throw Errors in API Route".
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  if (!req.query.q) {
    throw new TesseraError(TesseraError.Types.INVALID_DATA, "The `q` query parameter is required.");
  }
  res.json({ q: req.query.q });
};
