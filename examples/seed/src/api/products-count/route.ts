import type { MedusaRequest, MedusaResponse } from "../../../../../src/framework/http/index.ts";

// The seed's "Resolve Resources in API Route": the product module's service from the request scope.
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const productModuleService = req.scope.resolve("product");
  const [, count] = await productModuleService.listAndCountProducts();
  res.json({ count });
};
