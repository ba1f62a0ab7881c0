import { access } from "../../../framework/graphql/auth-scopes.ts";
import { z } from "zod";
import { builder } from "../../../framework/graphql/builder.ts";
import { definedOnly, fields, parseInput } from "../../../framework/graphql/inputs.ts";
import { DeletePayload, payloadType } from "../../../framework/graphql/payloads.ts";
import { IdempotentDeleteInput, runMutationWorkflow } from "../../../framework/graphql/run-workflow.ts";
import { additionalData, workflowFields } from "../../../framework/graphql/workflow-inputs.ts";
import { singleOfBatch } from "../../../framework/graphql/single-of-batch.ts";
import { withUserErrors } from "../../../framework/graphql/user-errors.ts";
import { ruleReferences } from "../../../modules/tax/service.ts";
import {
  createTaxRatesWorkflow,
  deleteTaxRatesWorkflow,
  updateTaxRatesWorkflow,
} from "../../../workflows/tax/index.ts";
import { TaxRateRef } from "../../../modules/tax/graphql/types.ts";
import { Modules } from "../../../modules/index.ts";

const TaxRuleReference = builder.enumType("TaxRuleReference", {
  values: {
    PRODUCT: { value: "product" },
    PRODUCT_TYPE: { value: "product_type" },
    SHIPPING_OPTION: { value: "shipping_option" },
  } as const,
});
const ruleSchema = z.object({ reference: z.enum(ruleReferences), referenceId: z.string().min(1) });
// Rates are checked as decimals by the service (0 to 100), so a negative one is a userError there.
const shared = {
  code: fields.title.nullish(),
  name: fields.title.nullish(),
  rate: z.string().trim().nullish(),
  isDefault: z.boolean().nullish(),
  isCombinable: z.boolean().nullish(),
  rules: z.array(ruleSchema).nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
};
const createSchema = z.object({ ...shared, taxRegionId: z.string().min(1), code: fields.title, name: fields.title });
const updateSchema = z.object({ ...shared, id: z.string().min(1) });

const TaxRateRuleInput = builder.inputType("TaxRateRuleInput", {
  fields: (t) => ({
    reference: t.field({ type: TaxRuleReference, required: true }),
    referenceId: t.id({ required: true }),
  }),
});
const CreateTaxRateInput = builder.inputType("CreateTaxRateInput", {
  fields: (t) => ({
    taxRegionId: t.id({ required: true }),
    code: t.string({ required: true }),
    name: t.string({ required: true }),
    rate: t.string({ description: "A percentage as a decimal string, 0 to 100." }),
    isDefault: t.boolean(),
    isCombinable: t.boolean(),
    rules: t.field({
      type: [TaxRateRuleInput],
      description: "The rate applies to these products, product types or shipping options.",
    }),
    metadata: t.field({ type: "JSON" }),
    ...workflowFields(t),
  }),
});
const UpdateTaxRateInput = builder.inputType("UpdateTaxRateInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    code: t.string(),
    name: t.string(),
    rate: t.string(),
    isDefault: t.boolean(),
    isCombinable: t.boolean(),
    rules: t.field({ type: [TaxRateRuleInput], description: "Replaces the rate's rules." }),
    metadata: t.field({ type: "JSON" }),
    ...workflowFields(t),
  }),
});
const TaxRatePayload = payloadType("TaxRatePayload", "taxRate", TaxRateRef);

const toRules = (rules: z.infer<typeof ruleSchema>[]) =>
  rules.map((r) => ({ reference: r.reference, reference_id: r.referenceId }));

builder.mutationFields((t) => ({
  createTaxRate: t.field({
    authScopes: access.admin,
    type: TaxRatePayload,
    args: { input: t.arg({ type: CreateTaxRateInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(createSchema, args.input);
        const [created] = await singleOfBatch(() =>
          runMutationWorkflow(
            createTaxRatesWorkflow,
            ctx.scope,
            {
              additional_data: additionalData(args.input.additionalData),
              tax_rates: [
                {
                  tax_region_id: input.taxRegionId,
                  code: input.code,
                  name: input.name,
                  rate: input.rate ?? null,
                  is_default: input.isDefault ?? false,
                  is_combinable: input.isCombinable ?? false,
                  rules: toRules(input.rules ?? []),
                  metadata: input.metadata ?? null,
                },
              ],
            },
            args.input.idempotencyKey,
          ),
        );
        return { taxRate: await ctx.scope.resolve(Modules.TAX).retrieveTaxRate(created?.id ?? "") };
      }),
  }),
  updateTaxRate: t.field({
    authScopes: access.admin,
    type: TaxRatePayload,
    args: { input: t.arg({ type: UpdateTaxRateInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(updateSchema, args.input);
        await runMutationWorkflow(
          updateTaxRatesWorkflow,
          ctx.scope,
          {
            additional_data: additionalData(args.input.additionalData),
            tax_rates: [
              {
                id: input.id,
                ...definedOnly({
                  code: input.code,
                  name: input.name,
                  rate: input.rate,
                  is_default: input.isDefault,
                  is_combinable: input.isCombinable,
                  metadata: input.metadata,
                }),
                ...(input.rules ? { rules: toRules(input.rules) } : {}),
              },
            ],
          },
          args.input.idempotencyKey,
        );
        return { taxRate: await ctx.scope.resolve(Modules.TAX).retrieveTaxRate(input.id) };
      }),
  }),
  deleteTaxRate: t.field({
    authScopes: access.admin,
    type: DeletePayload,
    args: { input: t.arg({ type: IdempotentDeleteInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        await runMutationWorkflow(
          deleteTaxRatesWorkflow,
          ctx.scope,
          { ids: [args.input.id] },
          args.input.idempotencyKey,
        );
        return { deletedId: args.input.id };
      }),
  }),
}));
