import { z } from "zod";
import { zodId } from "../../../framework/graphql/zod-input.ts";
import { moneyFields } from "../../../framework/money/index.ts";
import type { PriceInput } from "../../../modules/pricing/types.ts";

const priceRuleSchema = z
  .object({
    attribute: z.string().min(1).describe("The pricing context attribute (region_id, customer_group_id, …)."),
    value: z.string().min(1).describe("The value it must have."),
  })
  .meta({ graphql: { inputName: "PriceRuleInput" } });

/** One price in GraphQL input (the `PriceInput` type): an amount string, a currency, an optional tier and rules. */
export const priceSchema = z
  .object({
    amount: moneyFields.amount.describe('A non-negative decimal string ("19.99").'),
    currencyCode: moneyFields.currencyCode.describe("The price's currency (ISO 4217, lowercase)."),
    title: z.string().nullish().describe("A label for the price, for admins."),
    minQuantity: z
      .number()
      .int()
      .min(0, "must not be negative")
      .nullish()
      .describe("The smallest line quantity this price applies to."),
    maxQuantity: z
      .number()
      .int()
      .min(0, "must not be negative")
      .nullish()
      .describe("The largest line quantity this price applies to."),
    regionId: zodId().nullish().describe("Only in this region (a region_id rule)."),
    customerGroupId: zodId().nullish().describe("Only for this customer group (a customer_group_id rule)."),
    rules: z.array(priceRuleSchema).nullish().describe("Further rules: the context must have attribute = value."),
  })
  .meta({
    graphql: { inputName: "PriceInput" },
    description:
      "A price: amount as a decimal string, narrowed by region, customer group, other rules and a quantity tier.",
  });

/** GraphQL price input → the module's price input. */
export function toPriceInput(price: z.output<typeof priceSchema>): PriceInput {
  const rules: Record<string, string> = Object.fromEntries((price.rules ?? []).map((r) => [r.attribute, r.value]));
  if (price.regionId) rules.region_id = price.regionId;
  if (price.customerGroupId) rules.customer_group_id = price.customerGroupId;
  return {
    amount: price.amount,
    currency_code: price.currencyCode,
    title: price.title ?? null,
    min_quantity: price.minQuantity ?? null,
    max_quantity: price.maxQuantity ?? null,
    rules,
  };
}
