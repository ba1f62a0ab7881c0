import { defineConfig } from "../../src/framework/config/types.ts";

// The seed's example project: the product's modules plus the seed's own, run with
// TESSERA_PROJECT=examples/seed (README: Example project).
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
    // A module written from the README's "Add a module" steps alone (no GraphQL code).
    { resolve: "./modules/review" },
  ],
});
