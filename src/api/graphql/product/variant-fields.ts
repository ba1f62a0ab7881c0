import { z } from "zod";
import { columnsOf, fields } from "../../../framework/graphql/inputs.ts";
import { metadataInput, zodId } from "../../../framework/graphql/zod-input.ts";
import { moneyFields } from "../../../framework/money/index.ts";

const variantPriceSchema = z
  .object({
    amount: moneyFields.amount.describe('A non-negative decimal string ("19.99").'),
    currencyCode: moneyFields.currencyCode.describe("The price's currency (ISO 4217, lowercase)."),
    minQuantity: fields.nonNegativeInt.nullish().describe("The smallest line quantity this price applies to."),
    maxQuantity: fields.nonNegativeInt.nullish().describe("The largest line quantity this price applies to."),
    rules: z
      .array(
        z
          .object({
            attribute: z.string().min(1).describe("The pricing context attribute (region_id, customer_group_id, …)."),
            value: z.string().min(1).describe("The value it must have."),
          })
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
  sku: z.string().min(1).nullish().describe("The stock keeping unit, unique among variants."),
  barcode: z.string().nullish().describe("A barcode, unique among variants."),
  ean: z.string().nullish().describe("The European Article Number, unique among variants."),
  upc: z.string().nullish().describe("The Universal Product Code, unique among variants."),
  allowBackorder: z.boolean().nullish().describe("Whether it can be sold when out of stock."),
  manageInventory: z.boolean().nullish().describe("Whether stock is tracked through inventory items (default true)."),
  variantRank: fields.rank.nullish().describe("The variant's position among the product's variants."),
  weight: fields.nonNegativeInt.nullish().describe("The shipping weight, in the store's unit (grams by convention)."),
  metadata: metadataInput(),
  prices: z
    .array(variantPriceSchema)
    .nullish()
    .describe("The variant's prices, kept in its linked price set; on update, they replace the set's prices."),
};

/** An inventory item stocking a variant: the item's id and how many of it one unit takes. */
export const inventoryItemLinkFields = {
  inventoryItemId: zodId().describe("An existing inventory item that stocks no other variant."),
  requiredQuantity: z
    .number()
    .int()
    .positive()
    .nullish()
    .describe("Units of the item one unit of the variant takes (default 1)."),
};

/** The existing inventory items a new variant is stocked as (Medusa's variant `inventory_items`). */
export const variantInventoryItemsSchema = z
  .array(
    z.object(inventoryItemLinkFields).meta({
      graphql: { inputName: "VariantInventoryItemInput" },
      description: "An inventory item a variant is stocked as, with how many of it one unit of the variant takes.",
    }),
  )
  .nullish()
  .describe(
    "Existing inventory items to stock the variant as. Without them, a variant that manages inventory gets a new item (its SKU and title) with required quantity 1.",
  );

/** GraphQL variant inventory items → the workflows' `inventory_items` (undefined: create a default item). */
export function variantInventoryFrom(items: z.output<typeof variantInventoryItemsSchema>) {
  return items?.map((i) => ({ inventory_item_id: i.inventoryItemId, required_quantity: i.requiredQuantity ?? 1 }));
}

/** `{ option: "Size", value: "M" }` pairs, by the product's option titles. */
export const variantOptionsSchema = z
  .array(
    z
      .object({ option: z.string().describe("The option's title."), value: z.string().describe("One of its values.") })
      .meta({
        graphql: { inputName: "VariantOptionInput" },
        description:
          'Picks the value of one of the product\'s options by their titles: { option: "Size", value: "M" }.',
      }),
  )
  .nullish()
  .describe("The variant's value for each of the product's options.");

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

/** A new variant as the product workflows take it: its columns, option values, prices and stock. */
export function newVariantRow({
  options,
  inventoryItems,
  ...variant
}: VariantFields & {
  title: string;
  options?: z.output<typeof variantOptionsSchema>;
  inventoryItems?: z.output<typeof variantInventoryItemsSchema>;
}) {
  return {
    ...variantColumnsFrom(variant),
    title: variant.title,
    options: optionValuesByTitle(options) ?? {},
    prices: variantPricesFrom(variant),
    inventory_items: variantInventoryFrom(inventoryItems),
  };
}
