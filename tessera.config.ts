import { defineConfig } from "./src/framework/config/types.ts";

// The project configuration. Environment variables override it: DATABASE_URL (PostgreSQL;
// unset = embedded PGlite under .data/), REDIS_URL, PORT, STORE_CORS, ADMIN_CORS, AUTH_CORS, STOREFRONT_URL, ADMIN_URL,
// JWT_SECRET, COOKIE_SECRET, WORKER_MODE.
export default defineConfig({
  projectConfig: {
    http: {
      port: 9000,
    },
  },
  modules: [
    // The seed's example module (Modules, Data Models and Services sections).
    { resolve: "./modules/hello", options: { apiKey: true } },
    // The example module of the links guide (README: Links and query.graph).
    { resolve: "./modules/brand" },
    // The seed's custom actor type (Create an Actor Type to Authenticate).
    { resolve: "./modules/manager" },
  ],
});
