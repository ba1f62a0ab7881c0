import { asValue } from "awilix";
import type { ModuleLoader } from "../../../../../../src/framework/modules/module.ts";
import type { HelloModuleOptions } from "../service.ts";

/** Runs at start: logs with the container's logger and registers `custom_data` in the module container. */
const helloWorldLoader: ModuleLoader<HelloModuleOptions> = ({ container, options }) => {
  container.resolve("logger").info({ apiKey: options.apiKey === true }, "[HELLO MODULE] Just started the application!");
  container.registerAdd("custom_data", asValue({ test: true }));
};

export default helloWorldLoader;
