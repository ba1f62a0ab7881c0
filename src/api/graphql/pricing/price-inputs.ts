import { z } from "zod";
import { builder } from "../../../framework/graphql/builder.ts";
import { moneyFields } from "../../../framework/money/index.ts";
import type { PriceInput } from "../../../modules/pricing/types.ts";

/** One price in GraphQL input: an amount string, a currency, an optional tier and rules. */
export const priceSchema = z.object({
  amount: moneyFields.amount,
  currencyCode: moneyFields.currencyCode,
  title: z.string().nullish(),
  minQuantity: z.number().int().min(0, "must not be negative").nullish(),
  maxQuantity: z.number().int().min(0, "must not be negative").nullish(),
  regionId: z.string().min(1).nullish(),
  customerGroupId: z.string().min(1).nullish(),
  rules: z.array(z.object({ attribute: z.string().min(1), value: z.string().min(1) })).nullish(),
});

export const PriceRuleInput = builder.inputType("PriceRuleInput", {
  fields: (t) => ({ attribute: t.string({ required: true }), value: t.string({ required: true }) }),
});

export const PriceInputType = builder.inputType("PriceInput", {
  description:
    "A price: amount as a decimal string, narrowed by region, customer group, other rules and a quantity tier.",
  fields: (t) => ({
    amount: t.string({ required: true, description: 'A non-negative decimal string ("19.99").' }),
    currencyCode: t.string({ required: true }),
    title: t.string(),
    minQuantity: t.int(),
    maxQuantity: t.int(),
    regionId: t.id({ description: "Only in this region (a region_id rule)." }),
    customerGroupId: t.id({ description: "Only for this customer group (a customer_group_id rule)." }),
    rules: t.field({ type: [PriceRuleInput], description: "Further rules: the context must have attribute = value." }),
  }),
});

/** GraphQL price input → the module's price input. */
export function toPriceInput(price: z.infer<typeof priceSchema>): PriceInput {
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
