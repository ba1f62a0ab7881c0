// The seed's "Test Module's Service" with only the import lines changed: `moduleModels` is
// accepted (the tables come from the module's migrations), describe / it / expect are globals.
import { moduleIntegrationTestRunner } from "../../../src/framework/test-utils/runners.ts";
import { HELLO_MODULE } from "../src/modules/hello/index.ts";
import type HelloModuleService from "../src/modules/hello/service.ts";
import { MyCustom } from "../src/modules/hello/models.ts";

moduleIntegrationTestRunner<HelloModuleService>({
  moduleName: HELLO_MODULE,
  moduleModels: [MyCustom],
  resolve: "./modules/hello",
  testSuite: ({ service }) => {
    describe("HelloModuleService", () => {
      it("says hello world", () => {
        const message = service.getMessage();

        expect(message).toEqual("Hello, World!");
      });
    });
  },
});
