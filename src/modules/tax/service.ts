import { EventCache } from "../../framework/cache/event-cache.ts";
import { TesseraError } from "../../framework/errors/tessera-error.ts";
import type { EventBus } from "../../framework/events/types.ts";
import { Decimal, isDecimalString, toDecimal, type AmountInput } from "../../framework/money/index.ts";
import { ModuleService, type Context, type ModuleCradle, type Row } from "../../framework/modules/service-factory.ts";
import { TaxEvents } from "./events.ts";
import { TaxRate, TaxRateRule, TaxRegion } from "./models.ts";
import { SYSTEM_TAX_PROVIDER, systemTaxProvider } from "./providers/system.ts";
import type {
  ItemTaxLine,
  ShippingTaxLine,
  TaxableItem,
  TaxableShipping,
  TaxCalculationContext,
  TaxProvider,
} from "./providers/types.ts";
import { combineRegionRates, ratesForItem, type RateWithRules } from "./rate-selection.ts";

/** Options of the tax module: extra providers beside the default `tp_system`. */
export interface TaxModuleOptions {
  providers?: TaxProvider[];
}

export const ruleReferences = ["product", "product_type", "shipping_option"] as const;

export interface TaxRateInput {
  tax_region_id: string;
  /** A percentage: 25 means 25 %. */
  rate: AmountInput | null;
  code: string;
  name: string;
  is_default?: boolean;
  is_combinable?: boolean;
  rules?: { reference: (typeof ruleReferences)[number]; reference_id: string }[];
  metadata?: Record<string, unknown> | null;
}

export interface TaxRegionInput {
  country_code: string;
  province_code?: string | null;
  parent_id?: string | null;
  provider_id?: string | null;
  default_tax_rate?: Omit<TaxRateInput, "tax_region_id" | "is_default" | "rules">;
  metadata?: Record<string, unknown> | null;
}

/** Province codes are ISO 3166-2 (`us-ca`); a bare subdivision (`CA`) gets the country prefix. */
export function normalizeProvince(country: string, province: string | null | undefined): string | null {
  const code = province?.trim().toLowerCase();
  if (!code) return null;
  return code.includes("-") ? code : `${country}-${code}`;
}

const invalid = (message: string, field: string[]) =>
  new TesseraError(TesseraError.Types.INVALID_DATA, message, { field });

function checkRate(rate: AmountInput | null, field: string[]): string | null {
  if (rate === null) return null;
  if (typeof rate === "string" && !isDecimalString(rate.trim()))
    throw invalid("rate must be a decimal percentage", field);
  const value = toDecimal(rate);
  if (value.isNegative() || value.gt(100)) throw invalid("rate must be between 0 and 100", field);
  return value.toFixed();
}

/** The rates that apply at one address: its country's, and its province's when it has its own region. */
interface AddressRates {
  country: RateWithRules[];
  province: RateWithRules[];
  providerId: string;
}

export default class TaxModuleService extends ModuleService({ TaxRegion, TaxRate, TaxRateRule }) {
  private readonly providers: Map<string, TaxProvider>;
  // Every taxed storefront page asks for the same country's rates: kept per process, dropped when
  // a tax event is delivered and on this service's own writes.
  private readonly addressRates: EventCache<AddressRates | null>;

  constructor(cradle: ModuleCradle & { eventBus?: EventBus }, options?: TaxModuleOptions) {
    super(cradle, options);
    this.providers = new Map([systemTaxProvider, ...(options?.providers ?? [])].map((p) => [p.identifier, p]));
    this.addressRates = new EventCache(cradle.eventBus, { events: Object.values(TaxEvents) });
  }

  protected override onWrite(): void {
    this.addressRates.clear();
  }

  /** Creates tax regions (a province under its country's region) with their default rates, all or none. */
  async createTaxRegionsWithRates(input: TaxRegionInput[], ctx?: Context): Promise<Row<"TaxRegion">[]> {
    return this.transaction(async (c) => {
      const out: Row<"TaxRegion">[] = [];
      for (const [i, { default_tax_rate, ...region }] of input.entries()) {
        const country = region.country_code.trim().toLowerCase();
        if (!/^[a-z]{2}$/.test(country))
          throw invalid("countryCode must be an ISO 3166-1 alpha-2 code", [String(i), "countryCode"]);
        const province = normalizeProvince(country, region.province_code);
        if (region.provider_id && !this.providers.has(region.provider_id))
          throw invalid(`Unknown tax provider ${region.provider_id}`, [String(i), "providerId"]);
        let parentId = region.parent_id ?? null;
        if (province) {
          const [parent] = parentId
            ? await this.listTaxRegions({ id: parentId }, {}, c)
            : await this.listTaxRegions({ country_code: country, province_code: null }, {}, c);
          if (!parent || parent.country_code !== country || parent.province_code) {
            throw invalid(`A province region needs the tax region of ${country} as its parent`, [
              String(i),
              "parentId",
            ]);
          }
          parentId = parent.id;
        } else if (parentId) throw invalid("Only province regions have a parent", [String(i), "parentId"]);
        const [existing] = await this.listTaxRegions({ country_code: country, province_code: province }, {}, c);
        if (existing)
          throw new TesseraError(
            TesseraError.Types.DUPLICATE_ERROR,
            `A tax region for ${province ?? country} already exists`,
            { field: [String(i), "countryCode"] },
          );
        const row = await this.createTaxRegions(
          {
            ...region,
            metadata: (region.metadata ?? undefined) as object | undefined,
            country_code: country,
            province_code: province,
            parent_id: parentId,
          },
          c,
        );
        if (default_tax_rate)
          await this.createTaxRatesWithRules([{ ...default_tax_rate, tax_region_id: row.id, is_default: true }], c);
        out.push(await this.retrieveTaxRegion(row.id, { relations: ["tax_rates"] }, c));
      }
      return out;
    }, ctx);
  }

  /** Creates rates with their rules; a region has one default rate. */
  async createTaxRatesWithRules(input: TaxRateInput[], ctx?: Context): Promise<Row<"TaxRate">[]> {
    return this.transaction(async (c) => {
      const out: Row<"TaxRate">[] = [];
      for (const [i, { rules = [], ...rate }] of input.entries()) {
        const value = checkRate(rate.rate, [String(i), "rate"]);
        await this.retrieveTaxRegion(rate.tax_region_id, {}, c);
        if (
          rate.is_default &&
          (await this.listTaxRates({ tax_region_id: rate.tax_region_id, is_default: true }, {}, c)).length
        ) {
          throw new TesseraError(TesseraError.Types.DUPLICATE_ERROR, "The tax region already has a default rate", {
            field: [String(i), "isDefault"],
          });
        }
        for (const rule of rules)
          if (!ruleReferences.includes(rule.reference))
            throw invalid(`Unknown rule reference ${rule.reference}`, [String(i), "rules"]);
        const row = await this.createTaxRates(
          {
            ...rate,
            metadata: (rate.metadata ?? undefined) as object | undefined,
            rate: value === null ? null : new Decimal(value),
            rules: rules.map((r) => ({ ...r })),
          },
          c,
        );
        out.push(await this.retrieveTaxRate(row.id, { relations: ["rules"] }, c));
      }
      return out;
    }, ctx);
  }

  /** Updates a rate; `rules`, when given, replace its rules. */
  async updateTaxRateWithRules(
    data: Partial<Omit<TaxRateInput, "tax_region_id">> & { id: string },
    ctx?: Context,
  ): Promise<Row<"TaxRate">> {
    return this.transaction(async (c) => {
      const { id, rules, rate: rawRate, ...rest } = data;
      const current = await this.retrieveTaxRate(id, {}, c);
      if (
        rest.is_default &&
        !current.is_default &&
        (await this.listTaxRates({ tax_region_id: current.tax_region_id, is_default: true }, {}, c)).length
      ) {
        throw new TesseraError(TesseraError.Types.DUPLICATE_ERROR, "The tax region already has a default rate", {
          field: ["isDefault"],
        });
      }
      const rate = rawRate === undefined ? undefined : checkRate(rawRate, ["rate"]);
      if (rules) {
        for (const rule of rules)
          if (!ruleReferences.includes(rule.reference))
            throw invalid(`Unknown rule reference ${rule.reference}`, ["rules"]);
        await this.deleteTaxRateRules({ tax_rate_id: id }, c);
        if (rules.length)
          await this.createTaxRateRules(
            rules.map((r) => ({ ...r, tax_rate_id: id })),
            c,
          );
      }
      await this.updateTaxRates(
        {
          id,
          ...rest,
          metadata: (rest.metadata ?? undefined) as object | undefined,
          ...(rate !== undefined ? { rate: rate === null ? null : new Decimal(rate) } : {}),
        },
        c,
      );
      return this.retrieveTaxRate(id, { relations: ["rules"] }, c);
    }, ctx);
  }

  /**
   * Tax lines for items and shipping methods shipped to an address, like Medusa's: the province's
   * rates override the country's (or combine with them when combinable), rules on the product or
   * product type beat the default rate; the region's provider turns rates into lines. Three SQL
   * statements whatever the number of items, none when the address's rates are cached (outside a
   * transaction).
   * @example await tax.getTaxLines([{ id: "variant_1", product_id: "prod_1", product_type_id: null }], { address: { country_code: "de" } })
   */
  async getTaxLines(
    items: (TaxableItem | TaxableShipping)[],
    context: TaxCalculationContext,
    ctx?: Context,
  ): Promise<(ItemTaxLine | ShippingTaxLine)[]> {
    const country = context.address?.country_code?.toLowerCase();
    if (!country) throw invalid("The tax context needs address.country_code", ["address", "countryCode"]);
    if (!items.length) return [];
    const rates = await this.ratesAt(country, context.address.province_code, ctx);
    if (!rates) return [];
    const pick = (item: TaxableItem | TaxableShipping) =>
      combineRegionRates(ratesForItem(rates.province, item), ratesForItem(rates.country, item)).map(
        ({ id, rate, code, name }) => ({ id, rate, code, name }),
      );
    const itemLines = items
      .filter((i): i is TaxableItem => !("shipping_option_id" in i))
      .map((line_item) => ({ line_item, rates: pick(line_item) }));
    const shippingLines = items
      .filter((i): i is TaxableShipping => "shipping_option_id" in i)
      .map((shipping_line) => ({ shipping_line, rates: pick(shipping_line) }));
    const provider = this.providers.get(rates.providerId);
    if (!provider)
      throw new TesseraError(TesseraError.Types.UNEXPECTED_STATE, `Tax provider ${rates.providerId} is not registered`);
    return provider.getTaxLines(itemLines, shippingLines, context);
  }

  /**
   * Whether a rule of the rates at the address names a product type: only then do items need
   * their `product_type_id`, so a caller can skip reading it.
   */
  async hasProductTypeRules(context: TaxCalculationContext, ctx?: Context): Promise<boolean> {
    const country = context.address?.country_code?.toLowerCase();
    const rates = country ? await this.ratesAt(country, context.address.province_code, ctx) : null;
    return [...(rates?.country ?? []), ...(rates?.province ?? [])].some((r) =>
      r.rules.some((rule) => rule.reference === "product_type"),
    );
  }

  /**
   * The rates at a country and province, null when the country has no tax region; one statement,
   * (two: ids, then the joined rows), cached per process outside transactions (a transaction may
   * have changed them).
   */
  private async ratesAt(country: string, provinceCode: string | null | undefined, ctx?: Context) {
    const province = normalizeProvince(country, provinceCode);
    const read = async (): Promise<AddressRates | null> => {
      const all = await this.listTaxRegions(
        { country_code: country, $or: [{ province_code: null }, ...(province ? [{ province_code: province }] : [])] },
        { relations: ["tax_rates", "tax_rates.rules"], relationLoadStrategy: "join" },
        ctx,
      );
      const countryRegion = all.find((r) => !r.province_code);
      const provinceRegion = all.find((r) => r.province_code === province && province !== null);
      if (!countryRegion) return null;
      const toRates = (region: typeof countryRegion | undefined): RateWithRules[] =>
        (region?.tax_rates ?? []).map((r) => ({
          id: r.id,
          rate: r.rate === null ? null : toDecimal(r.rate).toFixed(),
          code: r.code,
          name: r.name,
          is_default: r.is_default,
          is_combinable: r.is_combinable,
          rules: (r.rules ?? []).map(({ reference, reference_id }) => ({ reference, reference_id })),
        }));
      return {
        country: toRates(countryRegion),
        province: toRates(provinceRegion),
        providerId: provinceRegion?.provider_id ?? countryRegion.provider_id ?? SYSTEM_TAX_PROVIDER,
      };
    };
    if (ctx?.tx) return read();
    return this.addressRates.get(JSON.stringify([country, province]), read);
  }
}
