import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { fields } from "../../../framework/graphql/inputs.ts";
import { recordMutations } from "../../../framework/graphql/record-mutations.ts";
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

recordMutations("Store", {
  ref: StoreRef,
  access: access.admin,
  batch: "stores",
  hooks: true,
  retrieve: (ctx, id) => ctx.scope.resolve(Modules.STORE).retrieveStore(id, { relations: ["supported_currencies"] }),
  create: {
    description: "Creates a store; an unknown or unsupported default currency is a userError.",
    schema: createSchema,
    workflow: createStoresWorkflow,
    defaults: { supported_currency_codes: [] },
  },
  update: {
    description: "Updates a store; the default currency must stay among its supported currencies.",
    schema: updateSchema,
    workflow: updateStoresWorkflow,
  },
  delete: { description: "Soft-deletes a store.", workflow: deleteStoresWorkflow },
});
