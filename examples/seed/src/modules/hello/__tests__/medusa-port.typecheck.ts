// Type-checked by `npm run typecheck` (no test runs it): Medusa code that must compile as written.
import { Module } from "../../../../../../src/framework/modules/module.ts";
import { ModuleService, type CreateInput } from "../../../../../../src/framework/modules/service-factory.ts";
import type { Logger } from "../../../../../../src/framework/logger.ts";
import { MyCustom } from "../models.ts";
import type HelloModuleService from "../service.ts";

// The seed's "Integrate Third-Party System in Module": a constructor taking (container, options).
type ModuleOptions = { apiKey: string };
export class BrandClient {
  readonly options_: ModuleOptions;
  readonly logger_: Logger;
  constructor({ logger }: { logger: Logger }, options: ModuleOptions) {
    this.logger_ = logger;
    this.options_ = options;
  }
}
export const ClientModule = Module("client", { service: BrandClient });

// Decimal columns take numbers and decimal strings; an array in gives an array out.
export async function decimals(service: HelloModuleService): Promise<string[]> {
  const one = await service.createMyCustoms({ name: "a", price: 10.5 });
  const many = await service.createMyCustoms([{ name: "b", price: "19.99" }]);
  return [one.id, ...many.map((row) => row.id)];
}

// A module overriding a generated method (Medusa needs @ts-expect-error for this).
export class Overriding extends ModuleService({ MyCustom }, { overrides: ["createMyCustoms"] }) {
  async createMyCustoms(data: CreateInput<"MyCustom"> & { name: string }) {
    return { ...data, overridden: true };
  }
}
