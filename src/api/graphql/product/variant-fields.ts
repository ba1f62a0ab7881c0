import { z } from "zod";
import { columnsOf, fields } from "../../../framework/graphql/inputs.ts";
import { zodJson } from "../../../framework/graphql/zod-input.ts";
import { moneyFields } from "../../../framework/money/index.ts";

const variantPriceSchema = z
  .object({
    amount: moneyFields.amount.describe('A non-negative decimal string ("19.99").'),
    currencyCode: moneyFields.currencyCode,
    minQuantity: fields.nonNegativeInt.nullish(),
    maxQuantity: fields.nonNegativeInt.nullish(),
    rules: z
      .array(
        z
          .object({ attribute: z.string().min(1), value: z.string().min(1) })
          .meta({ graphql: { inputName: "VariantPriceRuleInput" } }),
      )
      .nullish()
      .describe("Only when the pricing context has attribute = value (region_id, customer_group_id, …)."),
  })
  .meta({
    graphql: { inputName: "VariantPriceInput" },
    description:
      "A variant price (in its price set): a decimal amount in a currency, narrowed by rules and a quantity tier.",
  });

/** Variant fields shared by the inline variants of createProduct and the variant mutations. */
export const variantFields = {
  sku: z.string().min(1).nullish(),
  barcode: z.string().nullish(),
  ean: z.string().nullish(),
  upc: z.string().nullish(),
  allowBackorder: z.boolean().nullish(),
  manageInventory: z.boolean().nullish(),
  variantRank: fields.rank.nullish(),
  weight: fields.nonNegativeInt.nullish(),
  metadata: zodJson().nullish(),
  prices: z
    .array(variantPriceSchema)
    .nullish()
    .describe("The variant's prices, kept in its linked price set; on update, they replace the set's prices."),
};

/** `{ option: "Size", value: "M" }` pairs, by the product's option titles. */
export const variantOptionsSchema = z
  .array(
    z.object({ option: z.string(), value: z.string() }).meta({
      graphql: { inputName: "VariantOptionInput" },
      description: 'Picks the value of one of the product\'s options by their titles: { option: "Size", value: "M" }.',
    }),
  )
  .nullish();

type VariantFields = z.output<z.ZodObject<typeof variantFields>>;

/** A parsed variant input's own columns (prices and options go to the workflows separately). */
export const variantColumnsFrom = <T extends VariantFields>(input: T) => columnsOf(input, ["prices"]);

/** The variant's `{ option title: value }` map, as the product workflows take it. */
export const optionValuesByTitle = (options: { option: string; value: string }[] | null | undefined) =>
  options ? Object.fromEntries(options.map((o) => [o.option, o.value])) : undefined;

/** GraphQL variant prices → the prices the product workflows put in the variant's price set (undefined: leave them). */
export function variantPricesFrom(input: VariantFields) {
  return input.prices?.map((p) => ({
    amount: p.amount,
    currency_code: p.currencyCode,
    min_quantity: p.minQuantity ?? null,
    max_quantity: p.maxQuantity ?? null,
    rules: Object.fromEntries((p.rules ?? []).map((r) => [r.attribute, r.value])),
  }));
}
