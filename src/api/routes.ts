// The core's HTTP routes (besides /graphql), mounted before the project's file routes. The
// kernel loads this file by convention, whatever `apiDir` serves the file routes.
import type { ModuleRoute } from "../framework/http/types.ts";
import { routes as authRoutes } from "./auth/routes.ts";
import { routes as paymentWebhookRoutes } from "./payment/webhook-routes.ts";

export const routes: ModuleRoute[] = [...authRoutes, ...paymentWebhookRoutes];
