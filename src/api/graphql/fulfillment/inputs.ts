import { z } from "zod";
import { builder } from "../../../framework/graphql/builder.ts";
import { zodId, zodJson } from "../../../framework/graphql/zod-input.ts";
import { moneyFields } from "../../../framework/money/index.ts";
import { geoZoneTypes } from "../../../modules/fulfillment/geo-zones.ts";
import { ruleOperators } from "../../../modules/fulfillment/rules.ts";

// Input pieces shared by the fulfillment mutations, each declared once in zod.

const enumOf = <const V extends readonly string[]>(name: string, values: V, description: string) =>
  builder.enumType(name, {
    description,
    values: Object.fromEntries(values.map((v) => [v.toUpperCase(), { value: v }])) as Record<
      Uppercase<V[number]>,
      { value: V[number] }
    >,
  });

export const GeoZoneTypeEnum = enumOf("GeoZoneType", geoZoneTypes, "What a geo zone narrows a country by.");
export const FulfillmentSetTypeEnum = enumOf(
  "FulfillmentSetType",
  ["shipping", "pickup"] as const,
  "How a fulfillment set hands goods over.",
);
export const ShippingPriceTypeEnum = enumOf(
  "ShippingPriceType",
  ["flat", "calculated"] as const,
  "FLAT: prices per currency and region; CALCULATED: the provider prices it.",
);
export const ShippingRuleOperatorEnum = enumOf(
  "ShippingRuleOperator",
  ruleOperators,
  "How a rule compares the context's value.",
);

export const geoZoneSchema = z
  .object({
    type: z.enum(geoZoneTypes).meta({ graphql: GeoZoneTypeEnum }).describe("country, province, city or zip."),
    countryCode: moneyFields.countryCode.describe("ISO 3166-1 alpha-2; every geo zone has one."),
    provinceCode: z
      .string()
      .trim()
      .nullish()
      .describe("ISO 3166-2 (us-ca, or ca with the country); province, city and zip zones."),
    city: z.string().trim().max(200).nullish().describe("City zones: the city, compared case-insensitively."),
    postalExpression: z
      .string()
      .trim()
      .max(32)
      .nullish()
      .describe("Zip zones: a postal code prefix (10 covers 10115), compared without spaces."),
  })
  .meta({ graphql: { inputName: "GeoZoneInput" } });

export const serviceZoneSchema = z
  .object({
    name: z.string().trim().min(1).max(200).describe("Unique among live service zones."),
    geoZones: z.array(geoZoneSchema).nullish().describe("The areas the zone serves."),
  })
  .meta({ graphql: { inputName: "ServiceZoneInput" } });

export const priceSchema = z
  .object({
    amount: moneyFields.amount.describe('A decimal string, e.g. "4.90".'),
    currencyCode: moneyFields.currencyCode.nullish().describe("The price for a currency."),
    regionId: zodId().nullish().describe("The price for a region, in its currency; it wins over the currency's price."),
  })
  .meta({ graphql: { inputName: "ShippingOptionPriceInput" } });

export const ruleSchema = z
  .object({
    attribute: z.string().trim().min(1).max(64).describe("A context attribute: item_subtotal, is_return, …"),
    operator: z.enum(ruleOperators).meta({ graphql: ShippingRuleOperatorEnum }).describe("The comparison."),
    value: z.string().max(200).nullish().describe("The value, for every operator but IN and NIN."),
    values: z.array(z.string().max(200)).max(100).nullish().describe("The values, for IN and NIN."),
  })
  .meta({ graphql: { inputName: "ShippingOptionRuleInput" } });

export const optionTypeSchema = z
  .object({
    label: z.string().trim().min(1).max(200).describe("Shown to shoppers: Standard, Express."),
    description: z.string().max(1000).nullish().describe("Shown to shoppers."),
    code: z.string().trim().min(1).max(100).describe("A stable code: standard, express."),
  })
  .meta({ graphql: { inputName: "ShippingOptionTypeInput" } });

/** A GraphQL option type as the module takes it: no description is a null one. */
export const toOptionType = (type: z.output<typeof optionTypeSchema>) => ({
  ...type,
  description: type.description ?? null,
});

export const metadataField = zodJson().nullish().describe("Free-form data.");

/** GraphQL geo zones as the module takes them. */
export const toGeoZones = (zones: z.output<typeof geoZoneSchema>[]) =>
  zones.map((g) => ({
    type: g.type,
    country_code: g.countryCode,
    province_code: g.provinceCode ?? null,
    city: g.city ?? null,
    postal_expression: g.postalExpression ?? null,
  }));

/** GraphQL rules as the module takes them: `values` for IN / NIN, `value` otherwise. */
export const toRules = (rules: z.output<typeof ruleSchema>[]) =>
  rules.map((r) => ({
    attribute: r.attribute,
    operator: r.operator,
    value: r.operator === "in" || r.operator === "nin" ? (r.values ?? []) : (r.value ?? ""),
  }));

/** GraphQL prices as the workflow takes them. */
export const toPrices = (prices: z.output<typeof priceSchema>[]) =>
  prices.map((p) => ({ amount: p.amount, currency_code: p.currencyCode ?? null, region_id: p.regionId ?? null }));
