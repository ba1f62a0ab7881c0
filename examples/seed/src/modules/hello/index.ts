import { Module } from "../../../../../src/framework/modules/module.ts";
import HelloModuleService from "./service.ts";
import { CustomService } from "./services/custom.ts";

export const HELLO_MODULE = "helloModuleService";

declare module "../../../../../src/framework/container/container.ts" {
  interface ContainerRegistrations {
    [HELLO_MODULE]: HelloModuleService;
  }
}

// Its loader (loaders/hello-world.ts) is picked up from the loaders folder, as in Medusa.
export default Module(HELLO_MODULE, {
  service: HelloModuleService,
  services: { customService: CustomService },
});
