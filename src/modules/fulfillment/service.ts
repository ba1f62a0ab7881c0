import { TesseraError } from "../../framework/errors/tessera-error.ts";
import { ModuleService, type Context, type ModuleCradle, type Row } from "../../framework/modules/service-factory.ts";
import { checkGeoZone, geoZoneCovers, type GeoZoneInput, type ShippingAddress } from "./geo-zones.ts";
import {
  Fulfillment,
  FulfillmentItem,
  FulfillmentLabel,
  FulfillmentProvider,
  FulfillmentSet,
  GeoZone,
  ServiceZone,
  ShippingOption,
  ShippingOptionRule,
  ShippingOptionType,
  ShippingProfile,
} from "./models.ts";
import { manualFulfillmentProvider } from "./providers/manual.ts";
import type {
  CalculatePriceContext,
  CalculatedShippingPrice,
  FulfillmentProviderRegistration,
  FulfillmentProviderService,
} from "./providers/types.ts";
import { checkRule, ruleHolds, type RuleContext, type ShippingOptionRuleInput } from "./rules.ts";

/** Options of the fulfillment module: providers beside the built-in `manual_manual`. */
export interface FulfillmentModuleOptions {
  providers?: FulfillmentProviderRegistration[];
}

export interface ServiceZoneInput {
  name: string;
  fulfillment_set_id: string;
  geo_zones?: GeoZoneInput[];
  metadata?: Record<string, unknown> | null;
}
export interface FulfillmentSetInput {
  name: string;
  type: "shipping" | "pickup";
  service_zones?: Omit<ServiceZoneInput, "fulfillment_set_id">[];
  metadata?: Record<string, unknown> | null;
}
export interface ShippingOptionInput {
  name: string;
  price_type: "flat" | "calculated";
  service_zone_id: string;
  shipping_profile_id: string;
  provider_id: string;
  data?: Record<string, unknown> | null;
  type?: { label: string; description?: string | null; code: string } | null;
  rules?: ShippingOptionRuleInput[];
  metadata?: Record<string, unknown> | null;
}
export type ShippingOptionUpdate = Partial<Omit<ShippingOptionInput, "service_zone_id">> & { id: string };

/** A fulfillment to book with its provider: items leaving a location for an order (or coming back, a return's). */
export interface FulfillmentInput {
  location_id: string;
  provider_id: string;
  shipping_option_id?: string | null;
  items: {
    title: string;
    sku?: string | null;
    barcode?: string | null;
    quantity: number;
    line_item_id?: string | null;
    inventory_item_id?: string | null;
  }[];
  data?: Record<string, unknown> | null;
  metadata?: Record<string, unknown> | null;
}

/** A shipping label: how the parcel is tracked. */
export interface FulfillmentLabelInput {
  tracking_number: string;
  tracking_url?: string | null;
  label_url?: string | null;
}

/** What the options are listed for: the fulfillment sets at the shopper's locations, the address, the rule context. */
export interface ShippingOptionsContext {
  fulfillment_set_id: string[];
  address: ShippingAddress;
  /** Rule attributes: `item_subtotal` ("42.50"), `is_return` ("false"), … */
  context: RuleContext;
}

const invalid = (message: string, field: string[]) =>
  new TesseraError(TesseraError.Types.INVALID_DATA, message, { field });
const json = (value: Record<string, unknown> | null | undefined) => (value ?? undefined) as object | undefined;

export default class FulfillmentModuleService extends ModuleService({
  ShippingProfile,
  FulfillmentSet,
  ServiceZone,
  GeoZone,
  ShippingOptionType,
  ShippingOption,
  ShippingOptionRule,
  FulfillmentProvider,
  Fulfillment,
  FulfillmentItem,
  FulfillmentLabel,
}) {
  private readonly providers: Map<string, FulfillmentProviderService>;

  constructor(cradle: ModuleCradle, options?: FulfillmentModuleOptions) {
    super(cradle, options);
    const registrations = [{ id: "manual", provider: manualFulfillmentProvider }, ...(options?.providers ?? [])];
    this.providers = new Map(registrations.map((r) => [`${r.provider.identifier}_${r.id}`, r.provider]));
  }

  /** The ids of the registered providers (`manual_manual`, …). */
  registeredProviderIds(): string[] {
    return [...this.providers.keys()];
  }

  /** Writes a row for each registered provider (enabled); run at start, safe to run concurrently. */
  async syncProviders(ctx?: Context): Promise<void> {
    await this.client(ctx).fulfillmentProvider.createMany({
      data: this.registeredProviderIds().map((id) => ({ id, is_enabled: true })),
      skipDuplicates: true,
    });
  }

  /** A registered, enabled provider; an unknown or disabled one is INVALID_DATA on `field`. */
  async enabledProvider(id: string, field: string[], ctx?: Context): Promise<FulfillmentProviderService> {
    const provider = this.providers.get(id);
    const [row] = provider ? await this.listFulfillmentProviders({ id, is_enabled: true }, { take: 1 }, ctx) : [];
    if (!provider || !row) throw invalid(`Unknown or disabled fulfillment provider ${id}`, field);
    return provider;
  }

  /** The price a provider calculates for a `calculated` option (Medusa's calculateShippingOptionsPrices). */
  async calculateShippingOptionPrice(
    option: { provider_id: string; data: unknown },
    context: CalculatePriceContext,
    data: Record<string, unknown> = {},
  ): Promise<CalculatedShippingPrice> {
    const provider = this.providers.get(option.provider_id);
    if (!provider)
      throw new TesseraError(TesseraError.Types.UNEXPECTED_STATE, `Provider ${option.provider_id} is not registered`);
    return provider.calculatePrice((option.data ?? {}) as Record<string, unknown>, data, context);
  }

  /** Creates fulfillment sets with their service zones and geo zones, all or none. */
  async createFulfillmentSetsWithZones(input: FulfillmentSetInput[], ctx?: Context): Promise<Row<"FulfillmentSet">[]> {
    return this.transaction(async (c) => {
      const out: Row<"FulfillmentSet">[] = [];
      for (const { service_zones = [], ...set } of input) {
        if (set.type !== "shipping" && set.type !== "pickup")
          throw invalid("A fulfillment set's type is shipping or pickup", ["type"]);
        const row = await this.createFulfillmentSets({ ...set, metadata: json(set.metadata) }, c);
        await this.createServiceZonesWithGeoZones(
          service_zones.map((z) => ({ ...z, fulfillment_set_id: row.id })),
          c,
          ["serviceZones"],
        );
        out.push(row);
      }
      return out;
    }, ctx);
  }

  /** Creates service zones with their geo zones (each needs a country), all or none. */
  async createServiceZonesWithGeoZones(
    input: ServiceZoneInput[],
    ctx?: Context,
    field: string[] = [],
  ): Promise<Row<"ServiceZone">[]> {
    return this.transaction(async (c) => {
      const out: Row<"ServiceZone">[] = [];
      for (const [i, { geo_zones = [], ...zone }] of input.entries()) {
        const at = field.length ? [...field, String(i)] : [];
        const geo = geo_zones.map((g, n) => checkGeoZone(g, [...at, "geoZones", String(n)]));
        await this.retrieveFulfillmentSet(zone.fulfillment_set_id, {}, c);
        const row = await this.createServiceZones(
          {
            ...zone,
            metadata: json(zone.metadata),
            geo_zones: geo.map((g) => ({ ...g, metadata: json(g.metadata) })),
          },
          c,
        );
        out.push(row);
      }
      return out;
    }, ctx);
  }

  /** Updates a service zone; `geo_zones`, when given, replace its geo zones. */
  async updateServiceZoneWithGeoZones(
    data: { id: string; name?: string; geo_zones?: GeoZoneInput[]; metadata?: Record<string, unknown> | null },
    ctx?: Context,
  ): Promise<Row<"ServiceZone">> {
    return this.transaction(async (c) => {
      const { id, geo_zones, ...rest } = data;
      const geo = geo_zones?.map((g, n) => checkGeoZone(g, ["geoZones", String(n)]));
      await this.retrieveServiceZone(id, {}, c);
      // Two updates at once would each delete the old geo zones and both add theirs: one waits.
      await this.client(c).$queryRaw`SELECT id FROM service_zone WHERE id = ${id} FOR UPDATE`;
      if (geo) {
        await this.deleteGeoZones({ service_zone_id: id }, c);
        if (geo.length)
          await this.createGeoZones(
            geo.map((g) => ({ ...g, metadata: json(g.metadata), service_zone_id: id })),
            c,
          );
      }
      await this.updateServiceZones({ id, ...rest, metadata: json(rest.metadata) }, c);
      return this.retrieveServiceZone(id, { relations: ["geo_zones"] }, c);
    }, ctx);
  }

  /** Checks an option against its provider: registered and enabled, its data an option of it, calculated only when it can. */
  private async checkOption(
    option: Pick<ShippingOptionInput, "provider_id" | "price_type" | "data">,
    ctx: Context,
  ): Promise<void> {
    const provider = await this.enabledProvider(option.provider_id, ["providerId"], ctx);
    const data = (option.data ?? {}) as Record<string, unknown>;
    if (option.price_type !== "flat" && option.price_type !== "calculated")
      throw invalid("priceType is flat or calculated", ["priceType"]);
    if (!(await provider.validateOption(data)))
      throw invalid(`The data is not an option of ${option.provider_id}`, ["data"]);
    if (option.price_type === "calculated" && !(await provider.canCalculate(data)))
      throw invalid(`${option.provider_id} cannot calculate prices: use a flat price`, ["priceType"]);
  }

  /** Creates shipping options with their type and rules, checked against their provider; all or none. */
  async createShippingOptionsWithRules(input: ShippingOptionInput[], ctx?: Context): Promise<Row<"ShippingOption">[]> {
    return this.transaction(async (c) => {
      const out: Row<"ShippingOption">[] = [];
      for (const { rules = [], type, ...option } of input) {
        await this.checkOption(option, c);
        const checked = rules.map((r, n) => checkRule(r, ["rules", String(n)]));
        await this.retrieveServiceZone(option.service_zone_id, {}, c);
        await this.retrieveShippingProfile(option.shipping_profile_id, {}, c);
        const typeRow = type ? await this.createShippingOptionTypes({ ...type }, c) : null;
        const row = await this.createShippingOptions(
          {
            ...option,
            data: json(option.data),
            metadata: json(option.metadata),
            shipping_option_type_id: typeRow?.id ?? null,
            rules: checked.map((r) => ({ ...r })),
          },
          c,
        );
        out.push(row);
      }
      return out;
    }, ctx);
  }

  /** Deletes options (hard) with their own types: what undoing a create needs. */
  async deleteShippingOptionsWithTypes(ids: string[], ctx?: Context): Promise<void> {
    await this.transaction(async (c) => {
      const rows = await this.listShippingOptions(
        { id: ids },
        { select: ["id", "shipping_option_type_id"], withDeleted: true },
        c,
      );
      await this.deleteShippingOptions(ids, c);
      const typeIds = rows.flatMap((r) => (r.shipping_option_type_id ? [r.shipping_option_type_id] : []));
      if (typeIds.length) await this.deleteShippingOptionTypes(typeIds, c);
    }, ctx);
  }

  /** Updates an option; `rules` and `type`, when given, replace its own. */
  async updateShippingOptionWithRules(data: ShippingOptionUpdate, ctx?: Context): Promise<Row<"ShippingOption">> {
    return this.transaction(async (c) => {
      const { id, rules, type, ...rest } = data;
      // Two updates at once would each replace the rules and both add theirs: one waits.
      await this.client(c).$queryRaw`SELECT id FROM shipping_option WHERE id = ${id} FOR UPDATE`;
      const current = await this.retrieveShippingOption(id, {}, c);
      await this.checkOption(
        {
          provider_id: rest.provider_id ?? current.provider_id,
          price_type: rest.price_type ?? (current.price_type as ShippingOptionInput["price_type"]),
          data: rest.data ?? (current.data as Record<string, unknown> | null),
        },
        c,
      );
      if (rest.shipping_profile_id) await this.retrieveShippingProfile(rest.shipping_profile_id, {}, c);
      if (rules) {
        const checked = rules.map((r, n) => checkRule(r, ["rules", String(n)]));
        await this.deleteShippingOptionRules({ shipping_option_id: id }, c);
        if (checked.length)
          await this.createShippingOptionRules(
            checked.map((r) => ({ ...r, shipping_option_id: id })),
            c,
          );
      }
      let typeId: string | null | undefined;
      if (type !== undefined) typeId = type ? (await this.createShippingOptionTypes({ ...type }, c)).id : null;
      await this.updateShippingOptions(
        {
          id,
          ...rest,
          ...("data" in rest ? { data: json(rest.data) } : {}),
          ...("metadata" in rest ? { metadata: json(rest.metadata) } : {}),
          ...(typeId !== undefined ? { shipping_option_type_id: typeId } : {}),
        },
        c,
      );
      if (typeId !== undefined && current.shipping_option_type_id)
        await this.deleteShippingOptionTypes([current.shipping_option_type_id], c);
      return this.retrieveShippingOption(id, { relations: ["rules", "type"] }, c);
    }, ctx);
  }

  /**
   * The shipping options offered in fulfillment sets to an address (Medusa's
   * listShippingOptionsForContext): a geo zone of the option's service zone covers the address,
   * its provider is enabled, and every rule holds in the context. One SQL statement whatever
   * the number of options.
   */
  async listShippingOptionsForContext(input: ShippingOptionsContext, ctx?: Context): Promise<Row<"ShippingOption">[]> {
    if (!input.fulfillment_set_id.length || !input.address.country_code) return [];
    const options = await this.listShippingOptions(
      {
        service_zone: { fulfillment_set_id: input.fulfillment_set_id, deleted_at: null },
        provider: { is_enabled: true },
      },
      {
        relations: ["type", "rules", "service_zone", "service_zone.geo_zones"],
        order: { created_at: "ASC" },
        relationLoadStrategy: "join",
      },
      ctx,
    );
    return options.filter(
      (o) =>
        (o.service_zone?.geo_zones ?? []).some((g) => !g.deleted_at && geoZoneCovers(g, input.address)) &&
        (o.rules ?? []).filter((r) => !r.deleted_at).every((r) => ruleHolds(r, input.context)),
    );
  }

  /**
   * Books a fulfillment with its provider (Medusa's createFulfillment) and stores it with its
   * items and the labels the provider returned. An unknown or disabled provider is INVALID_DATA.
   */
  async createFulfillmentWithItems(input: FulfillmentInput, ctx?: Context): Promise<Row<"Fulfillment">> {
    const provider = await this.enabledProvider(input.provider_id, ["shippingOptionId"], ctx);
    const booked = await provider.createFulfillment(input.data ?? {}, input.items, {
      location_id: input.location_id,
      items: input.items,
      data: input.data ?? null,
    });
    return this.createFulfillments(
      {
        location_id: input.location_id,
        provider_id: input.provider_id,
        shipping_option_id: input.shipping_option_id ?? null,
        data: json(booked.data),
        metadata: json(input.metadata),
        items: input.items.map((i) => ({ ...i })),
        labels: booked.labels.map((l) => ({ ...l })),
      },
      ctx,
    );
  }

  /** The fulfillment under its row lock (NOT_FOUND on `fulfillmentId` when unknown). */
  private async lockFulfillment(id: string, c: Context): Promise<Row<"Fulfillment">> {
    await this.client(c).$queryRaw`SELECT id FROM fulfillment WHERE id = ${id} FOR UPDATE`;
    const [row] = await this.listFulfillments({ id }, { relations: ["items", "labels"] }, c);
    if (!row)
      throw new TesseraError(TesseraError.Types.NOT_FOUND, `Fulfillment ${id} was not found`, {
        field: ["fulfillmentId"],
      });
    return row;
  }

  private static refuse(message: string): TesseraError {
    return new TesseraError(TesseraError.Types.NOT_ALLOWED, message, { field: ["fulfillmentId"] });
  }

  /**
   * Cancels a fulfillment that has not shipped, with its provider; a shipped or canceled one is
   * NOT_ALLOWED.
   */
  async cancelFulfillmentWithProvider(id: string, ctx?: Context): Promise<Row<"Fulfillment">> {
    return this.transaction(async (c) => {
      const row = await this.lockFulfillment(id, c);
      if (row.canceled_at) throw FulfillmentModuleService.refuse(`Fulfillment ${id} is already canceled`);
      if (row.shipped_at) throw FulfillmentModuleService.refuse(`Fulfillment ${id} has shipped and cannot be canceled`);
      await this.providers.get(row.provider_id)?.cancelFulfillment((row.data ?? {}) as Record<string, unknown>);
      await this.updateFulfillments({ id, canceled_at: new Date() }, c);
      return this.lockFulfillment(id, c);
    }, ctx);
  }

  /** Marks a live, unshipped fulfillment shipped now, adding its labels; anything else is NOT_ALLOWED. */
  async createShipment(id: string, labels: FulfillmentLabelInput[], ctx?: Context): Promise<Row<"Fulfillment">> {
    return this.transaction(async (c) => {
      const row = await this.lockFulfillment(id, c);
      if (row.canceled_at) throw FulfillmentModuleService.refuse(`Fulfillment ${id} is canceled`);
      if (row.shipped_at) throw FulfillmentModuleService.refuse(`Fulfillment ${id} has already shipped`);
      if (labels.length)
        await this.createFulfillmentLabels(
          labels.map((l) => ({
            tracking_number: l.tracking_number,
            tracking_url: l.tracking_url ?? "",
            label_url: l.label_url ?? "",
            fulfillment_id: id,
          })),
          c,
        );
      await this.updateFulfillments({ id, shipped_at: new Date() }, c);
      return this.lockFulfillment(id, c);
    }, ctx);
  }

  /** Takes a shipment back (a compensation): the labels it added go, shipped_at is cleared. */
  async undoShipment(id: string, labelIds: string[], ctx?: Context): Promise<void> {
    await this.transaction(async (c) => {
      if (labelIds.length) await this.deleteFulfillmentLabels(labelIds, c);
      await this.updateFulfillments({ id, shipped_at: null }, c);
    }, ctx);
  }

  /** Marks a shipped fulfillment delivered now; unshipped, canceled or delivered already is NOT_ALLOWED. */
  async markDelivered(id: string, ctx?: Context): Promise<Row<"Fulfillment">> {
    return this.transaction(async (c) => {
      const row = await this.lockFulfillment(id, c);
      if (row.canceled_at) throw FulfillmentModuleService.refuse(`Fulfillment ${id} is canceled`);
      if (!row.shipped_at) throw FulfillmentModuleService.refuse(`Fulfillment ${id} has not shipped yet`);
      if (row.delivered_at) throw FulfillmentModuleService.refuse(`Fulfillment ${id} is already delivered`);
      await this.updateFulfillments({ id, delivered_at: new Date() }, c);
      return this.lockFulfillment(id, c);
    }, ctx);
  }
}
