import type { MedusaRequest, MedusaResponse } from "../../../../../src/framework/http/index.ts";

// The seed's "Create API Route" (GET) and "Use Body Parameters" (POST).
export const GET = (_req: MedusaRequest, res: MedusaResponse) => {
  res.json({ message: "[GET] Hello world!" });
};

type HelloWorldReq = { name: string };

export const POST = async (req: MedusaRequest<HelloWorldReq>, res: MedusaResponse) => {
  res.json({ message: `[POST] Hello ${req.body.name}!` });
};
