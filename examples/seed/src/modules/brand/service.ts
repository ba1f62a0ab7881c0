import { ModuleService } from "../../../../../src/framework/modules/service-factory.ts";
import { Brand } from "./models.ts";

/** createBrands, updateBrands, listAndCountBrands, softDeleteBrands, …: all generated. */
export default class BrandModuleService extends ModuleService({ Brand }) {}
