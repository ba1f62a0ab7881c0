import { TesseraError } from "../../framework/errors/tessera-error.ts";
import {
  ModuleService,
  type Context,
  type CreateInput,
  type ModuleCradle,
  type Row,
} from "../../framework/modules/service-factory.ts";
import { Store, StoreCurrency } from "./models.ts";

/** A store; `supported_currency_codes` lists its currencies, `default_currency_code` must be one of them. */
export interface StoreInput extends Omit<CreateInput<"Store">, "supported_currencies"> {
  supported_currency_codes?: string[];
}
export type StoreUpdate = StoreInput & { id: string };

/** The store module's options (`{ resolve: "./modules/store", options: { … } }` in tessera.config.ts). */
export interface StoreModuleOptions {
  /**
   * Whether storefronts see how many units a variant has (`availability { inventoryQuantity }`) or
   * only whether it is in stock (`inStock`; the quantity is null). Default true, as in Medusa and Shopify.
   */
  showInventoryQuantity?: boolean;
}

export default class StoreModuleService extends ModuleService({ Store, StoreCurrency }) {
  /** See StoreModuleOptions.showInventoryQuantity. */
  readonly showInventoryQuantity: boolean;

  constructor(cradle: ModuleCradle, options?: StoreModuleOptions) {
    super(cradle, options);
    this.showInventoryQuantity = options?.showInventoryQuantity ?? true;
  }

  private currencyRows(
    codes: string[],
    defaultCode: string | null | undefined,
  ): { currency_code: string; is_default: boolean }[] {
    const list = [...new Set(codes.map((c) => c.toLowerCase()))];
    const def = defaultCode?.toLowerCase();
    if (def && !list.includes(def)) {
      throw new TesseraError(
        TesseraError.Types.INVALID_DATA,
        `The default currency ${def} is not among the supported currencies`,
        { field: ["defaultCurrencyCode"] },
      );
    }
    return list.map((currency_code) => ({ currency_code, is_default: currency_code === def }));
  }

  /** Creates stores with their supported currencies, all or none. */
  async createStoresWithCurrencies(input: StoreInput[], ctx?: Context): Promise<Row<"Store">[]> {
    return this.transaction(async (c) => {
      const out: Row<"Store">[] = [];
      for (const { supported_currency_codes = [], ...store } of input) {
        const codes =
          store.default_currency_code && !supported_currency_codes.length
            ? [store.default_currency_code]
            : supported_currency_codes;
        const rows = this.currencyRows(codes, store.default_currency_code);
        const created = await this.createStores(
          {
            ...store,
            default_currency_code: store.default_currency_code?.toLowerCase() ?? null,
            supported_currencies: rows,
          },
          c,
        );
        out.push(await this.retrieveStore(created.id, { relations: ["supported_currencies"] }, c));
      }
      return out;
    }, ctx);
  }

  /** Updates a store; `supported_currency_codes`, when given, replace its currencies. */
  async updateStoreWithCurrencies(data: StoreUpdate, ctx?: Context): Promise<Row<"Store">> {
    return this.transaction(async (c) => {
      const { supported_currency_codes, id, ...rest } = data;
      const current = await this.retrieveStore(id, { relations: ["supported_currencies"] }, c);
      const defaultCode =
        rest.default_currency_code === undefined ? current.default_currency_code : rest.default_currency_code;
      const codes = supported_currency_codes ?? (current.supported_currencies ?? []).map((s) => s.currency_code);
      const rows = this.currencyRows(codes, defaultCode);
      await this.deleteStoreCurrencies({ store_id: id }, c);
      if (rows.length)
        await this.createStoreCurrencies(
          rows.map((r) => ({ ...r, store_id: id })),
          c,
        );
      await this.updateStores(
        { id, ...rest, ...(defaultCode ? { default_currency_code: defaultCode.toLowerCase() } : {}) },
        c,
      );
      return this.retrieveStore(id, { relations: ["supported_currencies"] }, c);
    }, ctx);
  }
}
