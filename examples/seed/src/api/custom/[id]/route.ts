import type { MedusaRequest, MedusaResponse } from "../../../../../../src/framework/http/index.ts";

/** Echoes which middlewares ran (they set `x-middlewares`), for the middleware examples. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ id: req.params.id });
};

export const PUT = async (req: MedusaRequest<{ name?: string }>, res: MedusaResponse) => {
  res.json({ id: req.params.id, name: req.body.name ?? null });
};
