import { Module } from "../../../../../src/framework/modules/module.ts";
import helloWorldLoader from "./loaders/hello-world.ts";
import HelloModuleService from "./service.ts";
import { CustomService } from "./services/custom.ts";

export const HELLO_MODULE = "helloModuleService";

declare module "../../../../../src/framework/container/container.ts" {
  interface ContainerRegistrations {
    [HELLO_MODULE]: HelloModuleService;
  }
}

export default Module(HELLO_MODULE, {
  service: HelloModuleService,
  services: { customService: CustomService },
  loaders: [helloWorldLoader],
});
