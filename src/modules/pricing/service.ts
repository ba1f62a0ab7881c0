import { TesseraError } from "../../framework/errors/tessera-error.ts";
import { Decimal } from "../../framework/money/index.ts";
import { EventCache } from "../../framework/cache/event-cache.ts";
import type { EventBus } from "../../framework/events/types.ts";
import { ModuleService, type Context, type ModuleCradle, type Row } from "../../framework/modules/service-factory.ts";
import { calculatePriceSets, priceSetIds, readPreferences, type Preference, type PriceSetSource } from "./calculate.ts";
import { PricingEvents } from "./events.ts";
import { Price, PriceList, PriceListRule, PricePreference, PriceRule, PriceSet } from "./models.ts";
import type {
  CalculatedPriceSet,
  PriceInput,
  PriceListInput,
  PriceListUpdate,
  PricePreferenceInput,
  PricingContext,
} from "./types.ts";
import { checkPrice, checkPriceListDates } from "./validate.ts";

const priceRelations = ["prices", "prices.price_rules"];

/** A pricing context needs a currency; a quantity is a positive integer. */
function checkContext(context: PricingContext | undefined): void {
  if (!context?.currency_code)
    throw new TesseraError(TesseraError.Types.INVALID_DATA, "The pricing context needs a currency_code", {
      field: ["context", "currency_code"],
    });
  const quantity = context.quantity;
  if (quantity !== undefined && (!Number.isInteger(quantity) || quantity < 1)) {
    throw new TesseraError(TesseraError.Types.INVALID_DATA, "quantity must be a positive integer", {
      field: ["context", "quantity"],
    });
  }
}

/** Events after which the tax-inclusive preferences may read differently (regions write them too). */
const PREFERENCE_EVENTS = [
  PricingEvents.PRICE_PREFERENCE_CREATED,
  PricingEvents.PRICE_PREFERENCE_UPDATED,
  PricingEvents.PRICE_PREFERENCE_DELETED,
  "region.created",
  "region.updated",
  "region.deleted",
];

export default class PricingModuleService extends ModuleService({
  PriceSet,
  Price,
  PriceRule,
  PriceList,
  PriceListRule,
  PricePreference,
}) {
  // Every priced request reads the preferences of its currency and region: kept per process,
  // dropped when a preference (or region) event is delivered and on this service's own writes.
  private readonly preferences: EventCache<Preference[]>;

  constructor(cradle: ModuleCradle & { eventBus?: EventBus }, options?: unknown) {
    super(cradle, options);
    this.preferences = new EventCache(cradle.eventBus, { events: PREFERENCE_EVENTS });
  }

  /**
   * Creates price rows with their rules: every price checked first (typed errors on its `field`),
   * then one INSERT for the prices and one for their rules, whatever their number. Returns the
   * rows as a read with `prices.price_rules` would, in input order.
   */
  private async addPrices(
    entries: { price: PriceInput; owner: { price_set_id: string; price_list_id?: string }; field: string[] }[],
    ctx: Context,
  ): Promise<Row<"Price">[]> {
    const checked = entries.map(({ price, owner, field }) => ({
      amount: checkPrice(price, field),
      rules: Object.entries(price.rules ?? {}),
      price,
      owner,
    }));
    if (!checked.length) return [];
    const prices = await this.createPrices(
      checked.map(({ amount, rules, price, owner }) => ({
        title: price.title ?? null,
        amount: new Decimal(amount),
        currency_code: price.currency_code.toLowerCase(),
        min_quantity: price.min_quantity ?? null,
        max_quantity: price.max_quantity ?? null,
        rules_count: rules.length,
        ...owner,
      })),
      ctx,
    );
    const ruleInput = checked.flatMap(({ rules }, i) =>
      rules.map(([attribute, value]) => ({ attribute, value, price_id: prices[i]?.id ?? "" })),
    );
    const rules = ruleInput.length ? await this.createPriceRules(ruleInput, ctx) : [];
    return prices.map((p) => ({ ...p, price_rules: rules.filter((r) => r.price_id === p.id) }));
  }

  /**
   * Creates price sets with their prices (and the prices' rules), all or none: one INSERT per
   * table whatever the number of sets, and the rows come back as written (no re-read).
   * @example await pricing.createPriceSetsWithPrices([{ prices: [{ amount: "10", currency_code: "eur" }, { amount: "12", currency_code: "eur", rules: { region_id } }] }])
   */
  async createPriceSetsWithPrices(input: { prices?: PriceInput[] }[], ctx?: Context): Promise<Row<"PriceSet">[]> {
    if (!input.length) return [];
    return this.transaction(async (c) => {
      const sets = await this.createPriceSets(
        input.map(() => ({})),
        c,
      );
      const prices = await this.addPrices(
        input.flatMap((set, i) =>
          (set.prices ?? []).map((price, j) => ({
            price,
            owner: { price_set_id: sets[i]?.id ?? "" },
            field: [String(i), "prices", String(j)],
          })),
        ),
        c,
      );
      return sets.map((set) => ({ ...set, prices: prices.filter((p) => p.price_set_id === set.id) }));
    }, ctx);
  }

  /** Runs `fn` over the items in order in one transaction: all of them or none. */
  private async batch<I, R>(
    items: I[],
    fn: (item: I, index: number, c: Context) => Promise<R>,
    ctx?: Context,
  ): Promise<R[]> {
    return this.transaction(async (c) => {
      const out: R[] = [];
      for (const [i, item] of items.entries()) out.push(await fn(item, i, c));
      return out;
    }, ctx);
  }

  private async replaceSetPrices(
    id: string,
    prices: PriceInput[],
    field: string[],
    c: Context,
  ): Promise<Row<"PriceSet">> {
    await this.retrievePriceSet(id, {}, c);
    await this.deletePrices({ price_set_id: id, price_list_id: null }, c);
    await this.addPrices(
      prices.map((price, j) => ({ price, owner: { price_set_id: id }, field: [...field, "prices", String(j)] })),
      c,
    );
    return this.retrievePriceSet(id, { relations: priceRelations }, c);
  }

  /** Replaces the default prices (those outside price lists) of a price set. */
  async setPriceSetPrices(id: string, prices: PriceInput[], ctx?: Context): Promise<Row<"PriceSet">> {
    return this.transaction((c) => this.replaceSetPrices(id, prices, [], c), ctx);
  }

  /** Replaces the default prices of several price sets, all or none; errors name the set's position. */
  async updatePriceSetsWithPrices(
    input: { id: string; prices: PriceInput[] }[],
    ctx?: Context,
  ): Promise<Row<"PriceSet">[]> {
    return this.batch(input, (set, i, c) => this.replaceSetPrices(set.id, set.prices, [String(i)], c), ctx);
  }

  private async writeListRulesAndPrices(
    listId: string,
    input: Pick<PriceListInput, "rules" | "prices">,
    c: Context,
  ): Promise<void> {
    if (input.rules) {
      await this.deletePriceListRules({ price_list_id: listId }, c);
      const rules = Object.entries(input.rules);
      for (const [attribute, values] of rules) {
        if (!values.length)
          throw new TesseraError(TesseraError.Types.INVALID_DATA, `Rule ${attribute} needs at least one value`, {
            field: ["rules"],
          });
        await this.createPriceListRules({ price_list_id: listId, attribute, values }, c);
      }
      await this.updatePriceLists({ id: listId, rules_count: rules.length }, c);
    }
    if (input.prices) {
      await this.deletePrices({ price_list_id: listId }, c);
      const setIds = [...new Set(input.prices.map((p) => p.price_set_id))];
      const known = new Set((await this.listPriceSets({ id: setIds }, { select: ["id"] }, c)).map((s) => s.id));
      const entries = input.prices.map(({ price_set_id, ...price }, j) => {
        if (!known.has(price_set_id))
          throw new TesseraError(TesseraError.Types.INVALID_DATA, `Unknown price set ${price_set_id}`, {
            field: ["prices", String(j), "priceSetId"],
          });
        // Checked here too, so the first bad price (by position) is the error, as before batching.
        checkPrice(price, ["prices", String(j)]);
        return { price, owner: { price_set_id, price_list_id: listId }, field: ["prices", String(j)] };
      });
      await this.addPrices(entries, c);
    }
  }

  /** Creates price lists with their rules and prices, all or none; a list must end after it starts. */
  async createPriceListsWithPrices(input: PriceListInput[], ctx?: Context): Promise<Row<"PriceList">[]> {
    return this.transaction(async (c) => {
      const out: Row<"PriceList">[] = [];
      for (const { rules, prices, ...list } of input) {
        checkPriceListDates(list);
        const row = await this.createPriceLists(list, c);
        await this.writeListRulesAndPrices(row.id, { rules, prices }, c);
        out.push(await this.retrievePriceList(row.id, { relations: ["rules", "prices"] }, c));
      }
      return out;
    }, ctx);
  }

  /** Updates a price list; `rules` and `prices`, when given, replace the list's. */
  async updatePriceListWithPrices(data: PriceListUpdate, ctx?: Context): Promise<Row<"PriceList">> {
    return this.transaction(async (c) => {
      const { id, rules, prices, ...list } = data;
      const current = await this.retrievePriceList(id, {}, c);
      checkPriceListDates({
        starts_at: list.starts_at === undefined ? current.starts_at : list.starts_at,
        ends_at: list.ends_at === undefined ? current.ends_at : list.ends_at,
      });
      await this.updatePriceLists({ id, ...list }, c);
      await this.writeListRulesAndPrices(id, { rules, prices }, c);
      return this.retrievePriceList(id, { relations: ["rules", "prices"] }, c);
    }, ctx);
  }

  /** Updates several price lists, all or none. */
  async updatePriceListsWithPrices(input: PriceListUpdate[], ctx?: Context): Promise<Row<"PriceList">[]> {
    return this.batch(input, (data, _i, c) => this.updatePriceListWithPrices(data, c), ctx);
  }

  /** Sets whether prices for a currency or region include taxes (one preference per attribute value). */
  async setPricePreference(input: PricePreferenceInput, ctx?: Context): Promise<Row<"PricePreference">> {
    this.preferences.clear();
    return this.transaction(async (c) => {
      const value = input.attribute === "currency_code" ? input.value.toLowerCase() : input.value;
      const [existing] = await this.listPricePreferences({ attribute: input.attribute, value }, {}, c);
      if (existing)
        return this.updatePricePreferences({ id: existing.id, is_tax_inclusive: input.is_tax_inclusive }, c);
      return this.createPricePreferences(
        { attribute: input.attribute, value, is_tax_inclusive: input.is_tax_inclusive },
        c,
      );
    }, ctx);
  }

  /** Sets several price preferences, all or none. */
  async setPricePreferences(input: PricePreferenceInput[], ctx?: Context): Promise<Row<"PricePreference">[]> {
    return this.batch(input, (preference, _i, c) => this.setPricePreference(preference, c), ctx);
  }

  /**
   * The price of each price set in a context, Medusa's semantics: rules and quantity tiers pick
   * the default price, active price lists override it or (sale) discount it when cheaper. One
   * SQL statement whatever the number of sets (the preferences are cached per process); sets
   * without a matching price are left out.
   * @example await pricing.calculatePrices({ id: ["pset_…"] }, { context: { currency_code: "eur", region_id } })
   */
  async calculatePrices(
    filter: { id: string[] },
    config: { context: PricingContext; now?: Date },
    ctx?: Context,
  ): Promise<CalculatedPriceSet[]> {
    checkContext(config.context);
    if (!filter.id.length) return [];
    const byOwner = await this.calculatePricesOf(priceSetIds(filter.id), config, ctx);
    return [...new Set(filter.id)].flatMap((id) => byOwner.get(id) ?? []);
  }

  /**
   * The prices of the sets `source` names, by owner: for the link layer, which names a page of
   * variants' sets through its link table in the same statement. `source` is SQL built by code
   * from identifiers it owns, never from input.
   */
  async calculatePricesOf(
    source: PriceSetSource,
    config: { context: PricingContext; now?: Date },
    ctx?: Context,
  ): Promise<Map<string, CalculatedPriceSet>> {
    checkContext(config.context);
    const client = this.client(ctx);
    const preferences = (context: PricingContext) => {
      if (ctx?.tx) return readPreferences(client, context);
      const region = typeof context.region_id === "string" ? context.region_id : "";
      return this.preferences.get(`${context.currency_code.toLowerCase()}|${region}`, () =>
        readPreferences(this.client(), context),
      );
    };
    return calculatePriceSets(client, source, config.context, preferences, config.now);
  }
}
