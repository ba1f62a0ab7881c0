import { defineConfig } from "./src/framework/config/types.ts";

// The project configuration. Environment variables override it: DATABASE_URL (PostgreSQL;
// unset = embedded PGlite under .data/), REDIS_URL, PORT, STORE_CORS, ADMIN_CORS, AUTH_CORS, STOREFRONT_URL, ADMIN_URL,
// JWT_SECRET, COOKIE_SECRET, WORKER_MODE. The seed's examples are a project of their own:
// examples/seed (README: Example project).
export default defineConfig({
  projectConfig: {
    http: {
      port: 9000,
    },
  },
  modules: [],
});
