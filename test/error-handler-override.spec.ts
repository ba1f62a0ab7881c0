import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";

integrationTestRunner({
  apiDir: path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures", "error-handler-api"),
  testSuite: ({ api }) => {
    it("answers every route error with the project's error handler", async () => {
      expect(await api.get("/boom")).toMatchObject({ status: 400, data: { error: "Something happened." } });
      const malformed = await api.request("POST", "/boom", {
        body: "{",
        headers: { "content-type": "application/json" },
      });
      expect(malformed).toMatchObject({ status: 400, data: { error: "Something happened." } });
    });

    it("lets the override fall back to the framework's default handler (errorHandler())", async () => {
      expect(await api.get("/fallback")).toMatchObject({
        status: 404,
        data: { type: "not_found", message: "Fallback not here" },
      });
    });
  },
});
