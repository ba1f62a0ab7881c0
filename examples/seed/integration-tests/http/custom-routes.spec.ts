// The seed's "Test Custom API Route" and "Test Workflow" with only the import lines changed (and
// the example project's route and workflow): describe / it / expect are globals, the project is
// the folder this file sits in, and the runner has Medusa's name.
import { medusaIntegrationTestRunner } from "../../../../src/framework/test-utils/runners.ts";
import helloWorldWorkflow from "../../src/workflows/hello-world/index.ts";

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("Custom endpoints", () => {
      describe("GET /hello-world", () => {
        it("returns correct message", async () => {
          const response = await api.get<{ message: string }>(`/hello-world`);

          expect(response.status).toEqual(200);
          expect(response.data).toHaveProperty("message");
          expect(response.data.message).toEqual("[GET] Hello world!");
        });
      });
    });

    describe("Test hello-world workflow", () => {
      it("returns message", async () => {
        const { result } = await helloWorldWorkflow(getContainer()).run({ input: { name: "World" } });

        expect(result).toEqual("Hello, World! Hello World!");
      });
    });
  },
});
