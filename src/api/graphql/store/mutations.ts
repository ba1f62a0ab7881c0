import type { TesseraContainer } from "../../../framework/container/container.ts";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { z } from "zod";
import { builder } from "../../../framework/graphql/builder.ts";
import { definedOnly, fields, parseInput } from "../../../framework/graphql/inputs.ts";
import { DeletePayload, payloadType } from "../../../framework/graphql/payloads.ts";
import { IdempotentDeleteInput, runMutationWorkflow } from "../../../framework/graphql/run-workflow.ts";
import { additionalData, workflowFields } from "../../../framework/graphql/workflow-inputs.ts";
import { withUserErrors } from "../../../framework/graphql/user-errors.ts";
import { moneyFields } from "../../../framework/money/index.ts";
import { createStoresWorkflow, deleteStoresWorkflow, updateStoresWorkflow } from "../../../workflows/store/index.ts";
import { StoreRef } from "../../../modules/store/graphql/types.ts";
import { Modules } from "../../../modules/index.ts";

const shared = {
  defaultCurrencyCode: moneyFields.currencyCode.nullish(),
  supportedCurrencyCodes: z.array(moneyFields.currencyCode).nullish(),
  defaultRegionId: z.string().min(1).nullish(),
  defaultSalesChannelId: z.string().min(1).nullish(),
  defaultLocationId: z.string().min(1).nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
};
const createSchema = z.object({ name: fields.title, ...shared });
const updateSchema = z.object({ id: z.string().min(1), name: fields.title.nullish(), ...shared });

const CreateStoreInput = builder.inputType("CreateStoreInput", {
  fields: (t) => ({
    name: t.string({ required: true }),
    defaultCurrencyCode: t.string(),
    supportedCurrencyCodes: t.stringList({
      description: "Currencies the store sells in; the default must be one of them.",
    }),
    defaultRegionId: t.id(),
    defaultSalesChannelId: t.id(),
    defaultLocationId: t.id(),
    metadata: t.field({ type: "JSON" }),
    ...workflowFields(t),
  }),
});
const UpdateStoreInput = builder.inputType("UpdateStoreInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string(),
    defaultCurrencyCode: t.string(),
    supportedCurrencyCodes: t.stringList({ description: "Replaces the store's currencies." }),
    defaultRegionId: t.id(),
    defaultSalesChannelId: t.id(),
    defaultLocationId: t.id(),
    metadata: t.field({ type: "JSON" }),
    ...workflowFields(t),
  }),
});
const StorePayload = payloadType("StorePayload", "store", StoreRef);

const columns = (input: Omit<z.infer<typeof updateSchema>, "id">) =>
  definedOnly({
    name: input.name,
    default_currency_code: input.defaultCurrencyCode,
    default_region_id: input.defaultRegionId,
    default_sales_channel_id: input.defaultSalesChannelId,
    default_location_id: input.defaultLocationId,
    metadata: input.metadata as object | undefined,
  });

const retrieve = (scope: TesseraContainer, id: string) =>
  scope.resolve(Modules.STORE).retrieveStore(id, { relations: ["supported_currencies"] });

builder.mutationFields((t) => ({
  createStore: t.field({
    authScopes: access.admin,
    type: StorePayload,
    args: { input: t.arg({ type: CreateStoreInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(createSchema, args.input);
        const [created] = await runMutationWorkflow(
          createStoresWorkflow,
          ctx.scope,
          {
            additional_data: additionalData(args.input.additionalData),
            stores: [
              {
                ...columns(input),
                name: input.name,
                supported_currency_codes: input.supportedCurrencyCodes ?? [],
              },
            ],
          },
          args.input.idempotencyKey,
        );
        return { store: await retrieve(ctx.scope, created?.id ?? "") };
      }),
  }),
  updateStore: t.field({
    authScopes: access.admin,
    type: StorePayload,
    args: { input: t.arg({ type: UpdateStoreInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(updateSchema, args.input);
        await runMutationWorkflow(
          updateStoresWorkflow,
          ctx.scope,
          {
            additional_data: additionalData(args.input.additionalData),
            stores: [
              {
                id: input.id,
                ...columns(input),
                ...definedOnly({ supported_currency_codes: input.supportedCurrencyCodes }),
              },
            ],
          },
          args.input.idempotencyKey,
        );
        return { store: await retrieve(ctx.scope, input.id) };
      }),
  }),
  deleteStore: t.field({
    authScopes: access.admin,
    type: DeletePayload,
    args: { input: t.arg({ type: IdempotentDeleteInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        await runMutationWorkflow(deleteStoresWorkflow, ctx.scope, { ids: [args.input.id] }, args.input.idempotencyKey);
        return { deletedId: args.input.id };
      }),
  }),
}));
