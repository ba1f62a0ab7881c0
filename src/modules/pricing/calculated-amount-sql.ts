import type { SqlBuilder } from "../../framework/links/sql.ts";
import { contextPairs } from "./calculate.ts";
import type { PricingContext } from "./types.ts";

/**
 * The calculated amount of the price set whose id is the SQL expression `priceSetId`, as one SQL
 * expression (numeric, NULL without a price in the context), so lists sort and filter by price in
 * the statement that selects the page. It is calculatePriceSets' selection said in SQL: the best
 * default price (most rules, bounded quantity tier, lowest amount), the best price of an active
 * list whose rules match, an override list's price replacing the default, a sale's when cheaper.
 */
export function calculatedAmountSql(
  sql: SqlBuilder,
  priceSetId: string,
  context: PricingContext,
  now = new Date(),
): string {
  const { attributes, values } = contextPairs(context);
  const attrs = sql.param(attributes, "text[]");
  const vals = sql.param(values, "text[]");
  const currency = sql.param(context.currency_code.toLowerCase(), "text");
  const quantity = sql.param(context.quantity ?? 1, "int");
  const at = sql.param(now, "timestamptz");
  const inContext = (attribute: string, value: string) =>
    `EXISTS (SELECT 1 FROM unnest(${attrs}, ${vals}) AS c(attribute, value) WHERE c.attribute = ${attribute} AND ${value})`;
  const matches = (p: string) =>
    `${p}.deleted_at IS NULL AND ${p}.price_set_id = ${priceSetId} AND ${p}.currency_code = ${currency}
     AND (${p}.min_quantity IS NULL OR ${p}.min_quantity <= ${quantity})
     AND (${p}.max_quantity IS NULL OR ${p}.max_quantity >= ${quantity})
     AND NOT EXISTS (SELECT 1 FROM price_rule r WHERE r.price_id = ${p}.id AND r.deleted_at IS NULL
       AND NOT ${inContext("r.attribute", "c.value = r.value")})`;
  const tier = (p: string) => `(${p}.min_quantity IS NOT NULL OR ${p}.max_quantity IS NOT NULL) DESC`;
  const best = `(SELECT d.amount FROM price d WHERE ${matches("d")} AND d.price_list_id IS NULL
      ORDER BY d.rules_count DESC, ${tier("d")}, d.amount ASC, d.id ASC LIMIT 1)`;
  const list = `SELECT l.amount, pl.type::text AS type FROM price l
      JOIN price_list pl ON pl.id = l.price_list_id AND pl.deleted_at IS NULL
      WHERE ${matches("l")} AND pl.status = 'active'
        AND (pl.starts_at IS NULL OR pl.starts_at <= ${at}) AND (pl.ends_at IS NULL OR pl.ends_at > ${at})
        AND NOT EXISTS (SELECT 1 FROM price_list_rule lr WHERE lr.price_list_id = pl.id AND lr.deleted_at IS NULL
          AND NOT ${inContext("lr.attribute", "c.value = ANY(lr.values)")})
      ORDER BY l.rules_count + pl.rules_count DESC, ${tier("l")}, l.amount ASC, l.id ASC LIMIT 1`;
  return `(SELECT CASE WHEN lp.type = 'override' THEN lp.amount
      WHEN lp.amount IS NOT NULL AND (dp.amount IS NULL OR lp.amount < dp.amount) THEN lp.amount
      ELSE dp.amount END
    FROM (SELECT ${best} AS amount) dp LEFT JOIN LATERAL (${list}) lp ON TRUE)`;
}
