import { ModuleService } from "../../../../../src/framework/modules/service-factory.ts";
import { Manager } from "./models.ts";

export default class ManagerModuleService extends ModuleService({ Manager }) {}
