import { ModuleService } from "../../framework/modules/service-factory.ts";
import { SalesChannel } from "./models.ts";

export default class SalesChannelModuleService extends ModuleService({ SalesChannel }) {}
