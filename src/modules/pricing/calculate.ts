import { Prisma } from "../../generated/prisma/client.ts";
import type { TransactionClient } from "../../framework/database/database.ts";
import { decimalToString, toDecimal } from "../../framework/money/index.ts";
import type { CalculatedPriceSet, CalculatedPriceSide, PricingContext } from "./types.ts";

/** A price that matches the context, as the candidate query returns it. */
interface Candidate {
  /** Who asked for the price set: the set itself, or the row of a link naming it (a variant). */
  owner_id: string;
  id: string;
  price_set_id: string;
  currency_code: string;
  amount: string;
  min_quantity: number | null;
  max_quantity: number | null;
  rules_count: number;
  price_list_id: string | null;
  price_list_type: "sale" | "override" | null;
  specificity: number;
  region_rule: string | null;
}

/** The context's rule attributes as (attribute, value) pairs; a list gives one pair per item. */
export function contextPairs(context: PricingContext): { attributes: string[]; values: string[] } {
  const attributes: string[] = [];
  const values: string[] = [];
  for (const [key, raw] of Object.entries(context)) {
    if (key === "quantity" || key === "currency_code" || raw === undefined || raw === null) continue;
    for (const value of Array.isArray(raw) ? raw : [raw]) {
      attributes.push(key);
      values.push(String(value));
    }
  }
  return { attributes, values };
}

/**
 * Every live price of the sets in the context's currency whose rules all match the context, whose
 * quantity tier holds the quantity and whose price list (if any) is active now with matching
 * rules. One statement whatever the number of price sets; best candidates first per set: most
 * rules, then bounded quantity tiers, then the lowest amount.
 */
async function candidates(
  client: TransactionClient,
  sets: PriceSetSource,
  context: PricingContext,
  now: Date,
): Promise<Candidate[]> {
  const { attributes, values } = contextPairs(context);
  const quantity = context.quantity ?? 1;
  return client.$queryRaw<Candidate[]>`
    WITH ctx AS (SELECT * FROM unnest(${attributes}::text[], ${values}::text[]) AS c(attribute, value)),
    sets AS (${sets})
    SELECT sets.owner_id, p.id, p.price_set_id, p.currency_code, p.amount::text AS amount, p.min_quantity, p.max_quantity, p.rules_count,
           p.price_list_id, pl.type::text AS price_list_type,
           p.rules_count + COALESCE(pl.rules_count, 0) AS specificity,
           (SELECT pr.value FROM price_rule pr WHERE pr.price_id = p.id AND pr.attribute = 'region_id' AND pr.deleted_at IS NULL LIMIT 1) AS region_rule
    FROM sets
    -- Each set's prices through the (price_set_id, currency_code) index: a joined price table is
    -- hashed whole (a sequential scan per page, test/storefront-explain.spec.ts); OFFSET 0 keeps
    -- the planner from flattening the lateral read back into that join.
    CROSS JOIN LATERAL (
      SELECT * FROM price WHERE price.price_set_id = sets.price_set_id
        AND price.currency_code = ${context.currency_code.toLowerCase()} AND price.deleted_at IS NULL OFFSET 0) p
    LEFT JOIN price_list pl ON pl.id = p.price_list_id AND pl.deleted_at IS NULL
    WHERE TRUE
      AND (p.min_quantity IS NULL OR p.min_quantity <= ${quantity})
      AND (p.max_quantity IS NULL OR p.max_quantity >= ${quantity})
      AND NOT EXISTS (
        SELECT 1 FROM price_rule r WHERE r.price_id = p.id AND r.deleted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM ctx WHERE ctx.attribute = r.attribute AND ctx.value = r.value))
      AND (p.price_list_id IS NULL OR (
        pl.id IS NOT NULL AND pl.status = 'active'
        AND (pl.starts_at IS NULL OR pl.starts_at <= ${now})
        AND (pl.ends_at IS NULL OR pl.ends_at > ${now})
        AND NOT EXISTS (
          SELECT 1 FROM price_list_rule lr WHERE lr.price_list_id = pl.id AND lr.deleted_at IS NULL
            AND NOT EXISTS (SELECT 1 FROM ctx WHERE ctx.attribute = lr.attribute AND ctx.value = ANY(lr.values)))))
    ORDER BY sets.owner_id, specificity DESC,
      (p.min_quantity IS NOT NULL OR p.max_quantity IS NOT NULL) DESC, p.amount ASC, p.id ASC`;
}

/** A price preference as the calculation reads it. */
export type Preference = { attribute: string; value: string; is_tax_inclusive: boolean };

/**
 * The rows `(owner_id, price_set_id)` naming the price sets to price: the sets themselves, or a
 * link table's rows (one statement prices a page of variants through their link).
 */
export type PriceSetSource = Prisma.Sql;

/** The price sets themselves as their own owners. */
export const priceSetIds = (ids: string[]): PriceSetSource =>
  Prisma.sql`SELECT DISTINCT id AS owner_id, id AS price_set_id FROM unnest(${ids}::text[]) AS id`;

/** The tax-inclusive preferences that can apply: the context's currency and region. */
export async function readPreferences(client: TransactionClient, context: PricingContext): Promise<Preference[]> {
  const region = typeof context.region_id === "string" ? context.region_id : "";
  return client.$queryRaw`
    SELECT attribute, value, is_tax_inclusive FROM price_preference
    WHERE deleted_at IS NULL AND ((attribute = 'currency_code' AND value = ${context.currency_code.toLowerCase()}) OR (attribute = 'region_id' AND value = ${region}))`;
}

const side = (price: Candidate | undefined): CalculatedPriceSide => ({
  id: price?.id ?? null,
  price_list_id: price?.price_list_id ?? null,
  price_list_type: price?.price_list_type ?? null,
  min_quantity: price?.min_quantity ?? null,
  max_quantity: price?.max_quantity ?? null,
});

/**
 * Medusa's price selection: the best default price is the original; an override list's price
 * replaces both; a sale list's price is the calculated price when it is not dearer than the
 * default. Region-scoped prices follow the region's tax preference, others the currency's.
 */
export async function calculatePriceSets(
  client: TransactionClient,
  sets: PriceSetSource,
  context: PricingContext,
  preferences: (context: PricingContext) => Promise<Preference[]>,
  now = new Date(),
): Promise<Map<string, CalculatedPriceSet>> {
  const [rows, prefs] = await Promise.all([candidates(client, sets, context, now), preferences(context)]);
  const regionPref = prefs.find((p) => p.attribute === "region_id")?.is_tax_inclusive;
  const currencyPref = prefs.find((p) => p.attribute === "currency_code")?.is_tax_inclusive ?? false;
  const inclusive = (price: Candidate | undefined) =>
    price?.region_rule && regionPref !== undefined ? regionPref : currencyPref;
  const byOwner = new Map<string, Candidate[]>();
  for (const row of rows) {
    const list = byOwner.get(row.owner_id);
    if (list) list.push(row);
    else byOwner.set(row.owner_id, [row]);
  }
  const out = new Map<string, CalculatedPriceSet>();
  for (const [owner, prices] of byOwner) {
    const id = prices[0]?.price_set_id as string;
    const listPrice = prices.find((p) => p.price_list_id);
    const defaultPrice = prices.find((p) => !p.price_list_id);
    let calculated = defaultPrice;
    let original = defaultPrice;
    if (listPrice?.price_list_type === "override") {
      calculated = listPrice;
      original = listPrice;
    } else if (listPrice) {
      const cheaperDefault = defaultPrice && toDecimal(defaultPrice.amount).lte(listPrice.amount);
      calculated = cheaperDefault ? defaultPrice : listPrice;
      // As in Medusa, a sale never changes the original price (null when there is no default).
    }
    const amount = (p: Candidate | undefined) => (p ? decimalToString(new Prisma.Decimal(p.amount)) : null);
    out.set(owner, {
      id,
      is_calculated_price_price_list: Boolean(calculated?.price_list_id),
      is_calculated_price_tax_inclusive: inclusive(calculated),
      calculated_amount: amount(calculated),
      is_original_price_price_list: Boolean(original?.price_list_id),
      is_original_price_tax_inclusive: inclusive(original),
      original_amount: amount(original),
      currency_code: calculated?.currency_code ?? null,
      calculated_price: side(calculated),
      original_price: side(original),
    });
  }
  return out;
}
