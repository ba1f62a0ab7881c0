import type { MedusaRequest, MedusaResponse } from "../../../../../../src/framework/http/index.ts";

// What the seed's admin widget fetches (`fetch("/admin/products", { credentials: "include" })`):
// the product count, for logged-in admins only (middlewares.ts).
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const [, count] = await req.scope.resolve("product").listAndCountProducts({}, { take: 0 });
  res.json({ count });
};
