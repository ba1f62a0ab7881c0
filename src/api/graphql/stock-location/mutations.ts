import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { columnsOf, fields } from "../../../framework/graphql/inputs.ts";
import { recordMutations } from "../../../framework/graphql/record-mutations.ts";
import { metadataInput, zodId } from "../../../framework/graphql/zod-input.ts";
import { moneyFields } from "../../../framework/money/index.ts";
import { Modules } from "../../../modules/index.ts";
import { StockLocationRef } from "../../../modules/stock-location/graphql/types.ts";
import {
  createStockLocationsWorkflow,
  deleteStockLocationsWorkflow,
  updateStockLocationsWorkflow,
} from "../../../workflows/stock-location/index.ts";

const addressSchema = z
  .object({
    address1: z.string().trim().min(1, "must not be empty").describe("The street address."),
    address2: z.string().nullish().describe("The second address line."),
    company: z.string().nullish().describe("The company at the address."),
    city: z.string().nullish().describe("The city."),
    countryCode: moneyFields.countryCode.describe("The ISO 3166-1 alpha-2 country code."),
    phone: z.string().nullish().describe("A phone number at the location."),
    province: z.string().nullish().describe("The province or state."),
    postalCode: z.string().nullish().describe("The postal code."),
  })
  .meta({ graphql: { inputName: "StockLocationAddressInput" } });
const createSchema = z.object({
  name: fields.title.describe("The location's name."),
  address: addressSchema.nullish().describe("The location's address."),
  metadata: metadataInput(),
});
const updateSchema = z.object({
  id: zodId().describe("The stock location to update."),
  name: fields.title.nullish().describe("The location's name."),
  address: addressSchema.nullish().describe("Replaces the address."),
  removeAddress: z.boolean().nullish().describe("Removes the location's address."),
  metadata: metadataInput(),
});

const addressColumns = ({ address1, address2, ...rest }: z.output<typeof addressSchema>) => ({
  address_1: address1,
  ...columnsOf(rest),
  ...(address2 != null ? { address_2: address2 } : {}),
});

recordMutations("StockLocation", {
  ref: StockLocationRef,
  access: access.admin,
  batch: "stock_locations",
  hooks: true,
  retrieve: (ctx, id) =>
    ctx.scope.resolve(Modules.STOCK_LOCATION).retrieveStockLocation(id, { relations: ["address"] }),
  create: {
    description: "Creates a stock location with an optional address.",
    schema: createSchema,
    workflow: createStockLocationsWorkflow,
    convert: { address: addressColumns },
    defaults: { address: null },
  },
  update: {
    description: "Updates a stock location; `address` replaces its address and `removeAddress` removes it.",
    schema: updateSchema,
    workflow: updateStockLocationsWorkflow,
    convert: { address: addressColumns },
    clears: { removeAddress: "address" },
  },
  delete: { description: "Soft-deletes a stock location.", workflow: deleteStockLocationsWorkflow },
});
