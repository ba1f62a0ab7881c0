import cors from "cors";
import { z } from "zod";
import {
  authenticate,
  defineMiddlewares,
  parseCorsOrigins,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "../../../../src/framework/http/index.ts";
import { PostStoreCustomSchema } from "./custom/validators.ts";

/** Appends a marker to `x-middlewares`, so callers (and tests) can see which middlewares ran. */
const mark = (name: string) => (_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
  const previous = res.getHeader("x-middlewares");
  res.setHeader("x-middlewares", previous ? `${String(previous)},${name}` : name);
  next();
};

// The seed's middleware examples, together in one file.
export default defineMiddlewares({
  routes: [
    // "Setting up CORS for Custom API Routes": /custom* uses the store's origins.
    {
      matcher: "/custom*",
      middlewares: [
        (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
          const configModule = req.scope.resolve("configModule");
          return cors({ origin: parseCorsOrigins(configModule.projectConfig.http.storeCors), credentials: true })(
            req,
            res,
            next,
          );
        },
      ],
    },
    // "Create Middleware": one for every /custom* request, one for /custom/:id.
    { matcher: "/custom*", middlewares: [mark("custom")] },
    { matcher: "/custom/:id", middlewares: [mark("custom-id")] },
    // "Restrict HTTP Methods in Middleware".
    { matcher: "/custom*", method: ["POST", "PUT"], middlewares: [mark("custom-write")] },
    // "Add Validation for Custom Routes".
    { matcher: "/custom", method: "POST", middlewares: [validateAndTransformBody(PostStoreCustomSchema)] },
    // Query validation: numbers arrive as strings, z.coerce turns them into numbers.
    {
      matcher: "/custom/products",
      method: "GET",
      middlewares: [
        validateAndTransformQuery(
          z.object({ limit: z.coerce.number().int().min(1).max(50).default(10), q: z.string().optional() }),
        ),
      ],
    },
    // "Pass Additional Data to API Route".
    { matcher: "/custom/products", method: ["POST"], additionalDataValidator: { brand_id: z.string().optional() } },
    // A smaller body limit for one route.
    { matcher: "/custom/upload", bodyParser: { sizeLimit: "1kb" } },
    // "Restrict an API Route to Admin Users" and "… to Logged-In Customers".
    { matcher: "/custom/admin*", middlewares: [authenticate("user", ["session", "bearer", "api-key"])] },
    // The admin widget's request ("Send Request to API Route"): the dashboard's session cookie.
    { matcher: "/admin/products", method: "GET", middlewares: [authenticate("user", ["session", "bearer"])] },
    { matcher: "/custom/customer*", middlewares: [authenticate("customer", ["session", "bearer"])] },
    // "Parse Webhook Body".
    { matcher: "/webhooks*", bodyParser: { preserveRawBody: true }, method: ["POST"] },
    // "Create an Actor Type to Authenticate": managers register, then use /manager/me.
    {
      matcher: "/manager",
      method: "POST",
      middlewares: [authenticate("manager", ["session", "bearer"], { allowUnregistered: true })],
    },
    { matcher: "/manager/me*", middlewares: [authenticate("manager", ["session", "bearer"])] },
  ],
});
