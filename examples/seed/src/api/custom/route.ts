import type { MedusaRequest, MedusaResponse } from "../../../../../src/framework/http/index.ts";
import { HELLO_MODULE } from "../../modules/hello/index.ts";
import type { PostStoreCustomSchemaType } from "./validators.ts";

// The seed's "Create Module" step 6: the module's main service in a route.
export async function GET(req: MedusaRequest, res: MedusaResponse): Promise<void> {
  const helloModuleService = req.scope.resolve(HELLO_MODULE);
  const my_custom = await helloModuleService.createMyCustoms({ name: "test" });
  res.json({ my_custom });
}

// The seed's "Add Validation for Custom Routes": the body was checked by validateAndTransformBody.
export const POST = async (req: MedusaRequest<PostStoreCustomSchemaType>, res: MedusaResponse) => {
  res.json({ sum: req.validatedBody.a + req.validatedBody.b });
};
