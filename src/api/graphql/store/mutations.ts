import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import type { GraphQLContext } from "../../../framework/graphql/context.ts";
import { columnsOf, fields } from "../../../framework/graphql/inputs.ts";
import { payloadType } from "../../../framework/graphql/payloads.ts";
import { deleteMutation, workflowMutation } from "../../../framework/graphql/workflow-mutation.ts";
import { metadataInput, zodId } from "../../../framework/graphql/zod-input.ts";
import { moneyFields } from "../../../framework/money/index.ts";
import { Modules } from "../../../modules/index.ts";
import { StoreRef } from "../../../modules/store/graphql/types.ts";
import { createStoresWorkflow, deleteStoresWorkflow, updateStoresWorkflow } from "../../../workflows/store/index.ts";

const storeFields = {
  defaultCurrencyCode: moneyFields.currencyCode.nullish().describe("Must be one of the supported currencies."),
  supportedCurrencyCodes: z
    .array(moneyFields.currencyCode)
    .nullish()
    .describe("The currencies the store sells in (ISO 4217, lowercase)."),
  defaultRegionId: zodId().nullish().describe("The region used when a request names none."),
  defaultSalesChannelId: zodId().nullish().describe("The sales channel new products and keys default to."),
  defaultLocationId: zodId().nullish().describe("The stock location used when none is given."),
  metadata: metadataInput(),
};
const createSchema = z.object({
  name: fields.title.describe("The store's name."),
  ...storeFields,
  supportedCurrencyCodes: storeFields.supportedCurrencyCodes.describe(
    "Currencies the store sells in; the default must be one of them.",
  ),
});
const updateSchema = z.object({
  id: zodId().describe("The store to update."),
  name: fields.title.nullish().describe("The store's name."),
  ...storeFields,
  supportedCurrencyCodes: storeFields.supportedCurrencyCodes.describe("Replaces the store's currencies."),
});

const StorePayload = payloadType("StorePayload", "store", StoreRef);
const retrieve = (ctx: GraphQLContext, id: string) =>
  ctx.scope.resolve(Modules.STORE).retrieveStore(id, { relations: ["supported_currencies"] });

workflowMutation("createStore", {
  access: access.admin,
  description: "Creates a store; an unknown or unsupported default currency is a userError.",
  input: { name: "CreateStoreInput", schema: createSchema },
  hooks: true,
  workflow: createStoresWorkflow,
  workflowInput: (input) => ({
    stores: [{ ...columnsOf(input), supported_currency_codes: input.supportedCurrencyCodes ?? [] }],
  }),
  payload: StorePayload,
  result: async ([created], _input, ctx) => ({ store: await retrieve(ctx, created?.id ?? "") }),
});

workflowMutation("updateStore", {
  access: access.admin,
  description: "Updates a store; the default currency must stay among its supported currencies.",
  input: { name: "UpdateStoreInput", schema: updateSchema },
  hooks: true,
  workflow: updateStoresWorkflow,
  workflowInput: (input) => ({ stores: [columnsOf(input)] }),
  payload: StorePayload,
  result: async (_output, input, ctx) => ({ store: await retrieve(ctx, input.id) }),
});

deleteMutation("deleteStore", {
  access: access.admin,
  description: "Soft-deletes a store.",
  workflow: deleteStoresWorkflow,
});
