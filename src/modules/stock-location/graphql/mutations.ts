import { access } from "../../../framework/graphql/auth-scopes.ts";
import { z } from "zod";
import { builder } from "../../../framework/graphql/builder.ts";
import { definedOnly, fields, parseInput } from "../../../framework/graphql/inputs.ts";
import { DeleteInput, DeletePayload, payloadType } from "../../../framework/graphql/payloads.ts";
import { withUserErrors } from "../../../framework/graphql/user-errors.ts";
import { moneyFields } from "../../../framework/money/index.ts";
import { StockLocationRef } from "./types.ts";

const addressSchema = z.object({
  address1: z.string().trim().min(1, "must not be empty"), address2: z.string().nullish(), company: z.string().nullish(), city: z.string().nullish(),
  countryCode: moneyFields.countryCode, phone: z.string().nullish(), province: z.string().nullish(), postalCode: z.string().nullish(),
});
const createSchema = z.object({ name: fields.title, address: addressSchema.nullish(), metadata: z.record(z.string(), z.unknown()).nullish() });
const updateSchema = z.object({ id: z.string().min(1), name: fields.title.nullish(), address: addressSchema.nullish(), removeAddress: z.boolean().nullish(), metadata: z.record(z.string(), z.unknown()).nullish() });

const StockLocationAddressInput = builder.inputType("StockLocationAddressInput", {
  fields: (t) => ({
    address1: t.string({ required: true }), address2: t.string(), company: t.string(), city: t.string(),
    countryCode: t.string({ required: true }), phone: t.string(), province: t.string(), postalCode: t.string(),
  }),
});
const CreateStockLocationInput = builder.inputType("CreateStockLocationInput", {
  fields: (t) => ({ name: t.string({ required: true }), address: t.field({ type: StockLocationAddressInput }), metadata: t.field({ type: "JSON" }) }),
});
const UpdateStockLocationInput = builder.inputType("UpdateStockLocationInput", {
  fields: (t) => ({
    id: t.id({ required: true }), name: t.string(), address: t.field({ type: StockLocationAddressInput, description: "Replaces the address." }),
    removeAddress: t.boolean(), metadata: t.field({ type: "JSON" }),
  }),
});
const StockLocationPayload = payloadType("StockLocationPayload", "stockLocation", StockLocationRef);

const addressColumns = (a: z.infer<typeof addressSchema>) => ({
  address_1: a.address1, country_code: a.countryCode,
  ...definedOnly({ address_2: a.address2, company: a.company, city: a.city, phone: a.phone, province: a.province, postal_code: a.postalCode }),
});

builder.mutationFields((t) => ({
  createStockLocation: t.field({
    authScopes: access.admin,
    type: StockLocationPayload,
    args: { input: t.arg({ type: CreateStockLocationInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const input = parseInput(createSchema, args.input);
      const [stockLocation] = await ctx.scope.resolve("stockLocation").createLocationsWithAddress([{
        name: input.name, address: input.address ? addressColumns(input.address) : null, ...definedOnly({ metadata: input.metadata as object | undefined }),
      }]);
      return { stockLocation };
    }),
  }),
  updateStockLocation: t.field({
    authScopes: access.admin,
    type: StockLocationPayload,
    args: { input: t.arg({ type: UpdateStockLocationInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const input = parseInput(updateSchema, args.input);
      const address = input.removeAddress ? { address: null } : input.address ? { address: addressColumns(input.address) } : {};
      const stockLocation = await ctx.scope.resolve("stockLocation").updateLocationWithAddress({
        id: input.id, ...definedOnly({ name: input.name, metadata: input.metadata as object | undefined }), ...address,
      });
      return { stockLocation };
    }),
  }),
  deleteStockLocation: t.field({
    authScopes: access.admin,
    type: DeletePayload,
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const service = ctx.scope.resolve("stockLocation");
      await service.retrieveStockLocation(args.input.id);
      await service.softDeleteStockLocations([args.input.id]);
      return { deletedId: args.input.id };
    }),
  }),
}));
