import { EventCache } from "../../framework/cache/event-cache.ts";
import { TesseraError } from "../../framework/errors/tessera-error.ts";
import type { EventBus } from "../../framework/events/types.ts";
import {
  ModuleService,
  type Context,
  type CreateInput,
  type ModuleCradle,
  type Row,
} from "../../framework/modules/service-factory.ts";
import { RegionEvents } from "./events.ts";
import { Region, RegionCountry } from "./models.ts";

/** A region with its countries given as ISO 3166-1 alpha-2 codes. */
export interface RegionInput extends Omit<CreateInput<"Region">, "countries"> {
  countries?: string[];
}
export type RegionUpdate = RegionInput & { id: string };

const countryCode = /^[a-z]{2}$/;

/** What pricing reads of a region on every priced request. */
export interface PricingRegion {
  id: string;
  currency_code: string;
  /** ISO 3166-1 alpha-2 codes, lower case. */
  countries: string[];
}

export default class RegionModuleService extends ModuleService({ Region, RegionCountry }) {
  // Every priced storefront request reads its region's currency and countries: kept per process,
  // dropped when a region event is delivered and on this service's own writes.
  private readonly pricingRegions: EventCache<PricingRegion | null>;

  constructor(cradle: ModuleCradle & { eventBus?: EventBus }, options?: unknown) {
    super(cradle, options);
    this.pricingRegions = new EventCache(cradle.eventBus, { events: Object.values(RegionEvents) });
  }

  /**
   * A live region's currency and country codes (null when there is none), cached per process;
   * inside a transaction read afresh, as the transaction may have changed them.
   */
  async pricingRegion(id: string, ctx?: Context): Promise<PricingRegion | null> {
    const read = async () => {
      const [region] = await this.listRegions({ id: [id] }, { relations: ["countries"] }, ctx);
      return region
        ? {
            id: region.id,
            currency_code: region.currency_code,
            countries: (region.countries ?? []).map((c) => c.iso_2),
          }
        : null;
    };
    if (ctx?.tx) return read();
    const found = await this.pricingRegions.get(id, read);
    if (!found) this.pricingRegions.delete(id);
    return found;
  }
  /** Refuses malformed codes and codes that another live region already has (typed, before any write). */
  private async checkCountries(countries: string[], regionId: string | undefined, ctx: Context): Promise<string[]> {
    const codes = countries.map((c) => c.trim().toLowerCase());
    const bad = codes.find((c) => !countryCode.test(c));
    if (bad !== undefined)
      throw new TesseraError(TesseraError.Types.INVALID_DATA, `Invalid country code: ${JSON.stringify(bad)}`, {
        field: ["countries"],
      });
    const dup = codes.find((c, i) => codes.indexOf(c) !== i);
    if (dup)
      throw new TesseraError(TesseraError.Types.INVALID_DATA, `Country ${dup} is listed twice`, {
        field: ["countries"],
      });
    const taken = await this.listCountries(
      { iso_2: codes, ...(regionId ? { region_id: { $ne: regionId } } : {}) },
      {},
      ctx,
    );
    if (taken.length) {
      const list = taken.map((t) => `${t.iso_2} (${t.region_id})`).join(", ");
      throw new TesseraError(TesseraError.Types.CONFLICT, `Countries already belong to another region: ${list}`, {
        field: ["countries"],
      });
    }
    return codes;
  }

  /**
   * Creates regions with their countries, all or none; a country already in a region is CONFLICT.
   * @example await region.createRegionsWithCountries([{ name: "Europe", currency_code: "eur", countries: ["de", "fr"] }])
   */
  async createRegionsWithCountries(input: RegionInput[], ctx?: Context): Promise<Row<"Region">[]> {
    this.pricingRegions.clear();
    return this.transaction(async (c) => {
      const out: Row<"Region">[] = [];
      for (const { countries = [], ...region } of input) {
        const codes = await this.checkCountries(countries, undefined, c);
        const row = await this.createRegions(
          {
            ...region,
            currency_code: region.currency_code?.toLowerCase(),
            countries: codes.map((iso_2) => ({ iso_2 })),
          },
          c,
        );
        out.push(await this.retrieveRegion(row.id, { relations: ["countries"] }, c));
      }
      return out;
    }, ctx);
  }

  /** Updates a region; `countries`, when given, replace its countries. */
  async updateRegionWithCountries(data: RegionUpdate, ctx?: Context): Promise<Row<"Region">> {
    this.pricingRegions.clear();
    return this.transaction(async (c) => {
      const { countries, id, ...rest } = data;
      await this.retrieveRegion(id, {}, c);
      if (countries) {
        const codes = await this.checkCountries(countries, id, c);
        await this.deleteCountries({ region_id: id }, c);
        if (codes.length)
          await this.createCountries(
            codes.map((iso_2) => ({ iso_2, region_id: id })),
            c,
          );
      }
      await this.updateRegions(
        { id, ...rest, ...(rest.currency_code ? { currency_code: rest.currency_code.toLowerCase() } : {}) },
        c,
      );
      return this.retrieveRegion(id, { relations: ["countries"] }, c);
    }, ctx);
  }
}
