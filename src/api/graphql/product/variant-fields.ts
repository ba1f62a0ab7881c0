import { z } from "zod";
import { builder, type InputFieldBuilder } from "../../../framework/graphql/builder.ts";
import { definedOnly, fields } from "../../../framework/graphql/inputs.ts";
import { moneyFields } from "../../../framework/money/index.ts";

const variantPriceSchema = z.object({
  amount: moneyFields.amount,
  currencyCode: moneyFields.currencyCode,
  minQuantity: fields.nonNegativeInt.nullish(),
  maxQuantity: fields.nonNegativeInt.nullish(),
  rules: z.array(z.object({ attribute: z.string().min(1), value: z.string().min(1) })).nullish(),
});

/** Variant fields shared by the inline variants of createProduct and the variant mutations. */
export const variantFieldsSchema = z.object({
  sku: z.string().min(1).nullish(),
  barcode: z.string().nullish(),
  ean: z.string().nullish(),
  upc: z.string().nullish(),
  allowBackorder: z.boolean().nullish(),
  manageInventory: z.boolean().nullish(),
  variantRank: fields.rank.nullish(),
  weight: fields.nonNegativeInt.nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
  prices: z.array(variantPriceSchema).nullish(),
});

const VariantPriceRuleInput = builder.inputType("VariantPriceRuleInput", {
  fields: (t) => ({ attribute: t.string({ required: true }), value: t.string({ required: true }) }),
});
const VariantPriceInput = builder.inputType("VariantPriceInput", {
  description:
    "A variant price (in its price set): a decimal amount in a currency, narrowed by rules and a quantity tier.",
  fields: (t) => ({
    amount: t.string({ required: true, description: 'A non-negative decimal string ("19.99").' }),
    currencyCode: t.string({ required: true }),
    minQuantity: t.int(),
    maxQuantity: t.int(),
    rules: t.field({
      type: [VariantPriceRuleInput],
      description: "Only when the pricing context has attribute = value (region_id, customer_group_id, …).",
    }),
  }),
});

export const variantInputFields = (t: InputFieldBuilder) => ({
  sku: t.string(),
  barcode: t.string(),
  ean: t.string(),
  upc: t.string(),
  allowBackorder: t.boolean(),
  manageInventory: t.boolean(),
  variantRank: t.int(),
  weight: t.int(),
  metadata: t.field({ type: "JSON" }),
  prices: t.field({
    type: [VariantPriceInput],
    description: "The variant's prices, kept in its linked price set; on update, they replace the set's prices.",
  }),
});

export const VariantOptionInput = builder.inputType("VariantOptionInput", {
  description: 'Picks the value of one of the product\'s options by their titles: { option: "Size", value: "M" }.',
  fields: (t) => ({ option: t.string({ required: true }), value: t.string({ required: true }) }),
});

/** GraphQL camelCase variant fields → the module's columns. */
export function variantColumnsFrom(input: z.infer<typeof variantFieldsSchema> & { title?: string | null }) {
  return definedOnly({
    title: input.title,
    sku: input.sku,
    barcode: input.barcode,
    ean: input.ean,
    upc: input.upc,
    allow_backorder: input.allowBackorder,
    manage_inventory: input.manageInventory,
    variant_rank: input.variantRank,
    weight: input.weight,
    metadata: input.metadata as object | undefined,
  });
}

/** GraphQL variant prices → the prices the product workflows put in the variant's price set (undefined: leave them). */
export function variantPricesFrom(input: z.infer<typeof variantFieldsSchema>) {
  return input.prices?.map((p) => ({
    amount: p.amount,
    currency_code: p.currencyCode,
    min_quantity: p.minQuantity ?? null,
    max_quantity: p.maxQuantity ?? null,
    rules: Object.fromEntries((p.rules ?? []).map((r) => [r.attribute, r.value])),
  }));
}
