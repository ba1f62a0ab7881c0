import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { definedOnly, fields } from "../../../framework/graphql/inputs.ts";
import { recordMutations } from "../../../framework/graphql/record-mutations.ts";
import { zodId } from "../../../framework/graphql/zod-input.ts";
import { Modules } from "../../../modules/index.ts";
import { PriceListRef, PriceListStatus, PriceListType } from "../../../modules/pricing/graphql/types.ts";
import type { PriceListInput } from "../../../modules/pricing/types.ts";
import {
  createPriceListsWorkflow,
  deletePriceListsWorkflow,
  updatePriceListsWorkflow,
} from "../../../workflows/pricing/price-lists.ts";
import { priceSchema, toPriceInput } from "./price-inputs.ts";

const listPriceSchema = z
  .object({ priceSetId: zodId().describe("The variant's price set the price is for."), price: priceSchema })
  .meta({ graphql: { inputName: "PriceListPriceInput" } });
const ruleSchema = z
  .object({
    attribute: z
      .string()
      .min(1)
      .describe("The pricing context attribute the rule tests (customer.groups.id, region_id, …)."),
    values: z
      .array(z.string().min(1))
      .min(1, "needs at least one value")
      .describe("The list applies when the attribute has one of these values."),
  })
  .meta({ graphql: { inputName: "PriceListRuleInput" } });
const listFields = {
  description: z.string().nullish().describe("What the list is for, for admins."),
  type: z
    .enum(["sale", "override"])
    .meta({ graphql: PriceListType })
    .nullish()
    .describe("sale (shown as a discount against the original price) or override (replaces the price)."),
  status: z
    .enum(["active", "draft"])
    .meta({ graphql: PriceListStatus })
    .nullish()
    .describe("Only active lists price anything."),
  startsAt: z.date().nullish().describe("The list prices nothing before this time."),
  endsAt: z.date().nullish().describe("Must be after startsAt."),
  customerGroupIds: z.array(zodId()).nullish(),
  rules: z.array(ruleSchema).nullish().describe("Conditions on the pricing context; all must hold."),
  prices: z.array(listPriceSchema).nullish().describe("The list's prices, each for a variant's price set."),
};
const createSchema = z.object({
  title: fields.title.describe("The list's name."),
  ...listFields,
  customerGroupIds: listFields.customerGroupIds.describe("Only for customers in one of these groups."),
});
const updateSchema = z.object({
  id: zodId().describe("The price list to update."),
  title: fields.title.nullish().describe("The list's name."),
  ...listFields,
  customerGroupIds: listFields.customerGroupIds.describe("With rules, replaces the list's rules."),
  prices: listFields.prices.describe("Replaces the list's prices."),
});

function toListInput(input: Omit<z.output<typeof updateSchema>, "id">): Partial<PriceListInput> {
  const rules =
    input.rules || input.customerGroupIds
      ? {
          ...Object.fromEntries((input.rules ?? []).map((r) => [r.attribute, r.values])),
          ...(input.customerGroupIds?.length ? { customer_group_id: input.customerGroupIds } : {}),
        }
      : undefined;
  return {
    ...definedOnly({ title: input.title, description: input.description, type: input.type, status: input.status }),
    ...(input.startsAt !== undefined ? { starts_at: input.startsAt } : {}),
    ...(input.endsAt !== undefined ? { ends_at: input.endsAt } : {}),
    ...(rules ? { rules } : {}),
    ...(input.prices
      ? { prices: input.prices.map((p) => ({ ...toPriceInput(p.price), price_set_id: p.priceSetId })) }
      : {}),
  };
}

recordMutations("PriceList", {
  ref: PriceListRef,
  access: access.admin,
  batch: "price_lists",
  hooks: true,
  retrieve: (ctx, id) => ctx.scope.resolve(Modules.PRICING).retrievePriceList(id),
  create: {
    description: "Creates a price list with its rules and prices; a list ending before it starts is a userError.",
    schema: createSchema,
    workflow: createPriceListsWorkflow,
    row: (input) => ({ ...toListInput(input), title: input.title }),
  },
  update: {
    description: "Updates a price list; given prices replace its prices, given rules or groups its rules.",
    schema: updateSchema,
    workflow: updatePriceListsWorkflow,
    row: (input) => ({ id: input.id, ...toListInput(input) }),
  },
  delete: {
    description: "Soft-deletes a price list with its prices and rules.",
    workflow: deletePriceListsWorkflow,
  },
});
