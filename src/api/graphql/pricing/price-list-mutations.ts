import { access } from "../../../framework/graphql/auth-scopes.ts";
import { z } from "zod";
import { builder } from "../../../framework/graphql/builder.ts";
import { definedOnly, fields, parseInput } from "../../../framework/graphql/inputs.ts";
import { DeletePayload, payloadType } from "../../../framework/graphql/payloads.ts";
import { IdempotentDeleteInput, runMutationWorkflow } from "../../../framework/graphql/run-workflow.ts";
import { singleOfBatch } from "../../../framework/graphql/single-of-batch.ts";
import { withUserErrors } from "../../../framework/graphql/user-errors.ts";
import {
  createPriceListsWorkflow,
  deletePriceListsWorkflow,
  updatePriceListsWorkflow,
} from "../../../workflows/pricing/price-lists.ts";
import type { PriceListInput } from "../../../modules/pricing/types.ts";
import { PriceInputType, priceSchema, toPriceInput } from "./price-inputs.ts";
import { additionalData, workflowFields } from "../../../framework/graphql/workflow-inputs.ts";
import { PriceListRef, PriceListStatus, PriceListType } from "../../../modules/pricing/graphql/types.ts";
import { Modules } from "../../../modules/index.ts";

const listPriceSchema = priceSchema.extend({ priceSetId: z.string().min(1) });
const shared = {
  description: z.string().nullish(),
  type: z.enum(["sale", "override"]).nullish(),
  status: z.enum(["active", "draft"]).nullish(),
  startsAt: z.date().nullish(),
  endsAt: z.date().nullish(),
  customerGroupIds: z.array(z.string().min(1)).nullish(),
  rules: z
    .array(
      z.object({ attribute: z.string().min(1), values: z.array(z.string().min(1)).min(1, "needs at least one value") }),
    )
    .nullish(),
  prices: z.array(listPriceSchema).nullish(),
};
const createSchema = z.object({ title: fields.title, ...shared });
const updateSchema = z.object({ id: z.string().min(1), title: fields.title.nullish(), ...shared });

const PriceListRuleInput = builder.inputType("PriceListRuleInput", {
  fields: (t) => ({ attribute: t.string({ required: true }), values: t.stringList({ required: true }) }),
});
const PriceListPriceInput = builder.inputType("PriceListPriceInput", {
  fields: (t) => ({ priceSetId: t.id({ required: true }), price: t.field({ type: PriceInputType, required: true }) }),
});
const CreatePriceListInput = builder.inputType("CreatePriceListInput", {
  fields: (t) => ({
    title: t.string({ required: true }),
    description: t.string(),
    type: t.field({ type: PriceListType }),
    status: t.field({ type: PriceListStatus }),
    startsAt: t.field({ type: "DateTime" }),
    endsAt: t.field({ type: "DateTime", description: "Must be after startsAt." }),
    customerGroupIds: t.idList({ description: "Only for customers in one of these groups." }),
    rules: t.field({ type: [PriceListRuleInput] }),
    prices: t.field({ type: [PriceListPriceInput] }),
    ...workflowFields(t),
  }),
});
const UpdatePriceListInput = builder.inputType("UpdatePriceListInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    title: t.string(),
    description: t.string(),
    type: t.field({ type: PriceListType }),
    status: t.field({ type: PriceListStatus }),
    startsAt: t.field({ type: "DateTime" }),
    endsAt: t.field({ type: "DateTime" }),
    customerGroupIds: t.idList({ description: "With rules, replaces the list's rules." }),
    rules: t.field({ type: [PriceListRuleInput] }),
    prices: t.field({ type: [PriceListPriceInput], description: "Replaces the list's prices." }),
    ...workflowFields(t),
  }),
});
const PriceListPayload = payloadType("PriceListPayload", "priceList", PriceListRef);

type Parsed = Omit<z.infer<typeof updateSchema>, "id">;
// GraphQL nests each list price as { priceSetId, price }; zod sees them flattened.
const flatten = (input: { prices?: { priceSetId: string; price: Record<string, unknown> }[] | null }) => ({
  ...input,
  prices: input.prices?.map((p) => ({ ...p.price, priceSetId: p.priceSetId })),
});

function toListInput(input: Parsed): Partial<PriceListInput> {
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
    ...(input.prices ? { prices: input.prices.map((p) => ({ ...toPriceInput(p), price_set_id: p.priceSetId })) } : {}),
  };
}

builder.mutationFields((t) => ({
  createPriceList: t.field({
    authScopes: access.admin,
    type: PriceListPayload,
    description: "Creates a price list with its rules and prices; a list ending before it starts is a userError.",
    args: { input: t.arg({ type: CreatePriceListInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(createSchema, flatten(args.input));
        const [created] = await singleOfBatch(() =>
          runMutationWorkflow(
            createPriceListsWorkflow,
            ctx.scope,
            {
              price_lists: [{ ...toListInput(input), title: input.title }],
              additional_data: additionalData(args.input.additionalData),
            },
            args.input.idempotencyKey,
          ),
        );
        // Re-read: a replayed key answers from the stored execution, whose rows went through JSON.
        return { priceList: await ctx.scope.resolve(Modules.PRICING).retrievePriceList(created?.id ?? "") };
      }),
  }),
  updatePriceList: t.field({
    authScopes: access.admin,
    type: PriceListPayload,
    args: { input: t.arg({ type: UpdatePriceListInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(updateSchema, flatten(args.input));
        await singleOfBatch(() =>
          runMutationWorkflow(
            updatePriceListsWorkflow,
            ctx.scope,
            {
              price_lists: [{ id: input.id, ...toListInput(input) }],
              additional_data: additionalData(args.input.additionalData),
            },
            args.input.idempotencyKey,
          ),
        );
        return { priceList: await ctx.scope.resolve(Modules.PRICING).retrievePriceList(input.id) };
      }),
  }),
  deletePriceList: t.field({
    authScopes: access.admin,
    type: DeletePayload,
    description: "Soft-deletes a price list with its prices and rules.",
    args: { input: t.arg({ type: IdempotentDeleteInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        await runMutationWorkflow(
          deletePriceListsWorkflow,
          ctx.scope,
          { ids: [args.input.id] },
          args.input.idempotencyKey,
        );
        return { deletedId: args.input.id };
      }),
  }),
}));
