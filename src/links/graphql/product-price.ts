import type { GraphQLResolveInfo } from "graphql";
import { access } from "../../framework/graphql/auth-scopes.ts";
import { builder } from "../../framework/graphql/builder.ts";
import type { GraphQLContext } from "../../framework/graphql/context.ts";
import { requestLoader, requestValue } from "../../framework/graphql/request-cache.ts";
import { money, MoneyRef, type MoneyValue } from "../../framework/graphql/money.ts";
import { registerComputedColumn } from "../../framework/links/computed-columns.ts";
import { modelRef } from "../../framework/links/graphql-refs.ts";
import { linkByEntryPoint } from "../../framework/links/registry.ts";
import { ident, SqlBuilder } from "../../framework/links/sql.ts";
import { decimalToString } from "../../framework/money/index.ts";
import { PRODUCT_PRICE } from "../../modules/product/graphql/filters.ts";
import { calculatedAmountSql } from "../../modules/pricing/calculated-amount-sql.ts";
import type { PricingContext } from "../../modules/pricing/types.ts";
import { resolvePriceContext } from "./price-context.ts";
import { orReportedOnce, requestPriceArgs } from "./request-price-context.ts";

// A product's price composes product, the product_variant_price_set link and pricing: its
// variants' calculated prices (before tax) in the request's price context, computed in SQL so a
// page sorts, filters (src/modules/product: PRICE, `price`) and reads priceRange in constant statements.
const LINK = "product_variant_price_set";

/** The variant price rows of the product at `product` (an SQL expression): `FROM … WHERE …` text. */
function variantPrices(sql: SqlBuilder, product: string, pricing: PricingContext): { from: string; amount: string } {
  const link = linkByEntryPoint(LINK);
  if (!link) throw new Error(`${LINK} is not loaded`);
  const [v, l] = [sql.alias(), sql.alias()];
  const variantColumn = link.left.model === "ProductVariant" ? link.left.column : link.right.column;
  const setColumn = link.left.model === "ProductVariant" ? link.right.column : link.left.column;
  return {
    from: `product_variant ${v} JOIN ${ident(link.table)} ${l} ON ${l}.${ident(variantColumn)} = ${v}.id AND ${l}.deleted_at IS NULL
      WHERE ${v}.product_id = ${product} AND ${v}.deleted_at IS NULL`,
    amount: calculatedAmountSql(sql, `${l}.${ident(setColumn)}`, pricing),
  };
}

/** The request's pricing context (@inContext, or the store's default region), resolved once per request. */
export async function requestPricing(ctx: GraphQLContext, info: GraphQLResolveInfo): Promise<PricingContext> {
  const args = await requestPriceArgs(ctx, info);
  return requestValue(ctx, "product.pricing", () => resolvePriceContext(ctx, args).then((r) => r.pricing));
}

registerComputedColumn("Product", PRODUCT_PRICE, async (ctx, info) => {
  const pricing = await requestPricing(ctx, info);
  return {
    sql: (sql, alias) => {
      const { from, amount } = variantPrices(sql, `${alias}.id`, pricing);
      return `SELECT MIN(${amount}) FROM ${from}`;
    },
    // A price-sorted cursor is valid only in the region, currency and customer groups it was read in.
    context: { label: "price context (region, currency, customer group)", value: pricing },
  };
});

interface Range {
  min: MoneyValue | null;
  max: MoneyValue | null;
}

// One statement per page of products and context: min and max of each product's variant prices.
function rangeLoader(ctx: GraphQLContext, pricing: PricingContext) {
  return requestLoader<Range | null>(ctx, `product.priceRange:${JSON.stringify(pricing)}`, async (ids) => {
    const sql = new SqlBuilder();
    const product = sql.alias();
    const { from, amount } = variantPrices(sql, `${product}.id`, pricing);
    const rows = await ctx.prisma.$queryRawUnsafe<{ id: string; min: string | null; max: string | null }[]>(
      `SELECT ${product}.id, MIN(x.amount)::text AS min, MAX(x.amount)::text AS max
         FROM product ${product} CROSS JOIN LATERAL (SELECT ${amount} AS amount FROM ${from}) x
         WHERE ${product}.id = ANY(${sql.param([...ids], "text[]")}) GROUP BY ${product}.id`,
      ...sql.params,
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const currency = pricing.currency_code;
    const asMoney = (amount: string | null | undefined) =>
      money(amount == null ? null : decimalToString(amount), currency);
    return ids.map((id) => {
      const row = byId.get(id);
      return row?.min == null ? null : { min: asMoney(row.min), max: asMoney(row.max) };
    });
  });
}

const PriceRangeRef = builder.objectRef<Range>("PriceRange").implement({
  authScopes: access.store,
  description: "The lowest and highest calculated variant price (before tax) in a price context.",
  fields: (t) => ({
    min: t.field({ type: MoneyRef, nullable: true, resolve: (r) => r.min }),
    max: t.field({ type: MoneyRef, nullable: true, resolve: (r) => r.max }),
  }),
});

builder.objectFields(modelRef("Product"), (t) => ({
  priceRange: t.field({
    type: PriceRangeRef,
    nullable: true,
    description:
      "The product's lowest and highest variant price (before tax) in the request's price context (@inContext, else the store's default region); null when no variant has a price in it. A page costs one statement.",
    resolve: (product, _a, ctx: GraphQLContext, info) =>
      orReportedOnce(async () => rangeLoader(ctx, await requestPricing(ctx, info)).load(product.id)),
  }),
}));
