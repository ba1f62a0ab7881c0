import { defineConfig } from "vitest/config";

export default defineConfig({
  // graphql@16 ships index.js (CJS) and index.mjs (ESM): pin one entry so Pothos, Yoga and the
  // tests share one realm ("Cannot use GraphQLSchema from another module or realm" otherwise).
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: {
    include: [
      "src/**/__tests__/**/*.spec.ts",
      "test/**/*.spec.ts",
      "examples/*/src/**/__tests__/**/*.spec.ts",
      "examples/*/test/**/*.spec.ts",
      // Medusa's layout: integration-tests/http/*.spec.ts (and any depth), in the product or a project.
      "integration-tests/**/*.spec.ts",
      "examples/*/integration-tests/**/*.spec.ts",
    ],
    // describe / it / expect without imports, as Medusa's (jest) tests are written; imports still work.
    globals: true,
    globalSetup: ["src/framework/test-utils/global-setup.ts"],
    setupFiles: ["src/framework/test-utils/isolate-redis-prefix.ts"],
    env: { NODE_ENV: "test" },
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
