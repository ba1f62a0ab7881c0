import type { MedusaRequest, MedusaResponse } from "../../../../../../src/framework/http/index.ts";

type ListQuery = { limit: number; q?: string };

// GET /custom/products?limit=2&q=shirt: the query was checked by validateAndTransformQuery.
export const GET = async (req: MedusaRequest<unknown, ListQuery>, res: MedusaResponse) => {
  const { limit, q } = req.validatedQuery;
  const [products, count] = await req.scope
    .resolve("product")
    .listAndCountProducts({ q }, { take: limit, order: { created_at: "ASC" } });
  res.json({ products: products.map((p) => ({ id: p.id, title: p.title })), count, limit });
};

type Body = { title: string; additional_data?: { brand_id?: string } };

// The seed's "Pass Additional Data to API Route": `additional_data` was checked by the
// route's additionalDataValidator; the product is created and the data handed on (after the
// workflows merge, to the create-products hook).
export const POST = async (req: MedusaRequest<Body>, res: MedusaResponse) => {
  const product = await req.scope
    .resolve("product")
    .createProducts({ title: req.body.title, handle: `custom-${Date.now()}` });
  res
    .status(201)
    .json({ product: { id: product.id, title: product.title }, additional_data: req.additional_data ?? {} });
};
