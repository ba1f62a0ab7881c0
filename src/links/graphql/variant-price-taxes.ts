import { builder, type BuilderTypes } from "../../framework/graphql/builder.ts";
import type { GraphQLContext } from "../../framework/graphql/context.ts";
import { requestLoader } from "../../framework/graphql/request-cache.ts";
import { calculateAmountsWithTax } from "../../framework/money/index.ts";
import { addResponseExtension } from "../../framework/graphql/in-context.ts";
import { money, MoneyRef } from "../../framework/graphql/money.ts";
import { inQueryGraphStar } from "../../framework/query/graph-fields.ts";
import { CalculatedPriceRef } from "../../modules/pricing/graphql/calculated-price.ts";
import type { CalculatedPriceSet } from "../../modules/pricing/types.ts";
import { TaxLineRef } from "../../modules/tax/graphql/types.ts";
import type { ItemTaxLine } from "../../modules/tax/providers/types.ts";
import type { TaxAddress } from "./price-context.ts";
import { isVariantPrice, type VariantPrice } from "./variant-calculated-price.ts";

// A variant price's taxes compose product (its product and type feed the tax rules) and tax;
// src/links/graphql/index.ts adds them only when the tax module is loaded. They are read only
// when asked for: a page of variants costs one getTaxLines call (its rates cached per process),
// and one read of the products' types when a rate's rule names a product type.

function taxLoader(ctx: GraphQLContext, address: TaxAddress) {
  const key = JSON.stringify([address.country_code, address.province_code]);
  return requestLoader<ItemTaxLine[], VariantPrice>(
    ctx,
    `variant.priceTaxes:${key}`,
    async (prices) => {
      const tax = ctx.scope.resolve("tax");
      const context = { address: { ...address } };
      // Product types matter only to rules that name one: most stores have none, and skip the read.
      const productIds = [...new Set(prices.map((p) => p.product_id))];
      const products = (await tax.hasProductTypeRules(context))
        ? await ctx.scope.resolve("product").listProducts({ id: productIds }, { select: ["id", "type_id"] })
        : [];
      const typeOf = new Map(products.map((p) => [p.id, p.type_id]));
      const items = prices.map((p) => ({
        id: p.variant_id,
        product_id: p.product_id,
        product_type_id: typeOf.get(p.product_id) ?? null,
        quantity: 1,
        unit_price: p.calculated_amount,
        currency_code: p.currency_code,
      }));
      const lines = await tax.getTaxLines(items, context);
      const byVariant = new Map<string, ItemTaxLine[]>();
      for (const line of lines)
        if ("line_item_id" in line)
          byVariant.set(line.line_item_id, [...(byVariant.get(line.line_item_id) ?? []), line]);
      return prices.map((p) => byVariant.get(p.variant_id) ?? []);
    },
    { cacheKeyFn: (p) => p.variant_id },
  );
}

/**
 * The price's tax lines; null outside a variant or without a tax country. Why they are absent in
 * a region of several countries is said once per response (`extensions.priceContext`), not per variant.
 */
function taxLines(price: CalculatedPriceSet, ctx: GraphQLContext): Promise<ItemTaxLine[]> | null {
  if (!isVariantPrice(price)) return null;
  if (price.tax_address) return taxLoader(ctx, price.tax_address).load(price);
  if (price.tax_absent_reason)
    addResponseExtension(ctx, "priceContext", {
      taxAbsent: { code: "TAX_COUNTRY_REQUIRED", message: price.tax_absent_reason },
    });
  return null;
}

/** One side of the price with and without its taxes, rounded to the currency. */
async function withTax(price: CalculatedPriceSet, ctx: GraphQLContext, side: "calculated" | "original") {
  const amount = side === "calculated" ? price.calculated_amount : price.original_amount;
  const lines = taxLines(price, ctx);
  if (amount === null || !lines || !price.currency_code) return null;
  const includesTax =
    side === "calculated" ? price.is_calculated_price_tax_inclusive : price.is_original_price_tax_inclusive;
  return calculateAmountsWithTax({ taxLines: await lines, amount, includesTax, currencyCode: price.currency_code });
}

const taxNote = "Null outside ProductVariant.calculatedPrice or when the context names no single tax country.";

type PriceFields = PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, CalculatedPriceSet>;
/** A with/without-tax side as Money. */
const moneyWithTax = (
  t: PriceFields,
  side: "calculated" | "original",
  key: "priceWithTax" | "priceWithoutTax",
  description: string,
) =>
  t.field({
    type: MoneyRef,
    nullable: true,
    description: `${description} ${taxNote}`,
    resolve: async (p, _a, ctx: GraphQLContext) => money((await withTax(p, ctx, side))?.[key], p.currency_code),
  });

builder.objectFields(CalculatedPriceRef, (t) => ({
  taxLines: t.field({
    type: [TaxLineRef],
    nullable: true,
    extensions: inQueryGraphStar,
    description: `The taxes on the variant for the context's country (rules on its product and product type apply). ${taxNote}`,
    resolve: (p, _a, ctx: GraphQLContext) => taxLines(p, ctx),
  }),
  calculatedAmountWithTax: t.string({
    nullable: true,
    description: `The calculated amount including taxes. ${taxNote}`,
    resolve: async (p, _a, ctx: GraphQLContext) => (await withTax(p, ctx, "calculated"))?.priceWithTax ?? null,
  }),
  calculatedAmountWithoutTax: t.string({
    nullable: true,
    description: `The calculated amount before taxes. ${taxNote}`,
    resolve: async (p, _a, ctx: GraphQLContext) => (await withTax(p, ctx, "calculated"))?.priceWithoutTax ?? null,
  }),
  originalAmountWithTax: t.string({
    nullable: true,
    description: `The original amount including taxes. ${taxNote}`,
    resolve: async (p, _a, ctx: GraphQLContext) => (await withTax(p, ctx, "original"))?.priceWithTax ?? null,
  }),
  originalAmountWithoutTax: t.string({
    nullable: true,
    description: `The original amount before taxes. ${taxNote}`,
    resolve: async (p, _a, ctx: GraphQLContext) => (await withTax(p, ctx, "original"))?.priceWithoutTax ?? null,
  }),
  calculatedWithTax: moneyWithTax(t, "calculated", "priceWithTax", "The calculated price including taxes."),
  calculatedWithoutTax: moneyWithTax(t, "calculated", "priceWithoutTax", "The calculated price before taxes."),
  originalWithTax: moneyWithTax(t, "original", "priceWithTax", "The original price including taxes."),
  originalWithoutTax: moneyWithTax(t, "original", "priceWithoutTax", "The original price before taxes."),
}));
