import type { MedusaRequest, MedusaResponse } from "../../../../../../src/framework/http/index.ts";

// A store route: it only runs with a live publishable key, whose sales channels it can read.
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ sales_channel_ids: req.publishable_key_context?.sales_channel_ids ?? [] });
};
