import {
  ModuleService,
  type Context,
  type ModuleCradle,
} from "../../../../../src/framework/modules/service-factory.ts";
import {
  HelloCounter,
  HelloCountry,
  HelloEmail,
  HelloOrder,
  HelloProduct,
  HelloStore,
  HelloUser,
  MyCustom,
} from "./models.ts";
import type { CustomService } from "./services/custom.ts";

/** The hello module's options (tessera.config.ts). */
export interface HelloModuleOptions {
  apiKey?: boolean;
}

type InjectedDependencies = ModuleCradle & { customService: CustomService; custom_data: { test: boolean }[] };

export default class HelloModuleService extends ModuleService({
  MyCustom,
  HelloUser,
  HelloEmail,
  HelloStore,
  HelloProduct,
  HelloOrder,
  HelloCountry,
  HelloCounter,
}) {
  protected readonly options_: HelloModuleOptions;
  private readonly customService: CustomService;
  /** What the loader registered before the service was built (loaders run first, as in Medusa). */
  readonly customData: { test: boolean }[];

  constructor(cradle: InjectedDependencies, options?: HelloModuleOptions) {
    super(cradle, options);
    this.customService = cradle.customService;
    this.customData = cradle.custom_data;
    this.options_ = options ?? { apiKey: false };
  }

  getMessage(): string {
    return this.customService.greet("World");
  }

  hasApiKey(): boolean {
    return this.options_.apiKey === true;
  }

  /** The seed's "Run Database Query in Service": raw SQL through the shared client. */
  async getCountSql(ctx?: Context): Promise<number> {
    const rows = await this.client(ctx).$queryRaw<
      { num: bigint }[]
    >`SELECT COUNT(*) AS num FROM my_custom WHERE deleted_at IS NULL`;
    return Number(rows[0]?.num ?? 0);
  }

  /** The seed's "Execute Database Operations in Transactions": an update and a re-read in one transaction. */
  async renameAndRead(
    input: { id: string; name: string },
    ctx?: Context,
  ): Promise<{ id: string; name: string } | undefined> {
    return this.transaction(async (c) => {
      await this.client(c)
        .$executeRaw`UPDATE my_custom SET name = ${input.name}, updated_at = now() WHERE id = ${input.id}`;
      const rows = await this.client(c).$queryRaw<
        { id: string; name: string }[]
      >`SELECT id, name FROM my_custom WHERE id = ${input.id}`;
      return rows[0];
    }, ctx);
  }
}
