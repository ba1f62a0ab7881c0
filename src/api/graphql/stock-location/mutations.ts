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
import {
  createStockLocationsWorkflow,
  deleteStockLocationsWorkflow,
  updateStockLocationsWorkflow,
} from "../../../workflows/stock-location/index.ts";
import { StockLocationRef } from "../../../modules/stock-location/graphql/types.ts";
import { Modules } from "../../../modules/index.ts";

const addressSchema = z.object({
  address1: z.string().trim().min(1, "must not be empty"),
  address2: z.string().nullish(),
  company: z.string().nullish(),
  city: z.string().nullish(),
  countryCode: moneyFields.countryCode,
  phone: z.string().nullish(),
  province: z.string().nullish(),
  postalCode: z.string().nullish(),
});
const createSchema = z.object({
  name: fields.title,
  address: addressSchema.nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
});
const updateSchema = z.object({
  id: z.string().min(1),
  name: fields.title.nullish(),
  address: addressSchema.nullish(),
  removeAddress: z.boolean().nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
});

const StockLocationAddressInput = builder.inputType("StockLocationAddressInput", {
  fields: (t) => ({
    address1: t.string({ required: true }),
    address2: t.string(),
    company: t.string(),
    city: t.string(),
    countryCode: t.string({ required: true }),
    phone: t.string(),
    province: t.string(),
    postalCode: t.string(),
  }),
});
const CreateStockLocationInput = builder.inputType("CreateStockLocationInput", {
  fields: (t) => ({
    name: t.string({ required: true }),
    address: t.field({ type: StockLocationAddressInput }),
    metadata: t.field({ type: "JSON" }),
    ...workflowFields(t),
  }),
});
const UpdateStockLocationInput = builder.inputType("UpdateStockLocationInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string(),
    address: t.field({ type: StockLocationAddressInput, description: "Replaces the address." }),
    removeAddress: t.boolean(),
    metadata: t.field({ type: "JSON" }),
    ...workflowFields(t),
  }),
});
const StockLocationPayload = payloadType("StockLocationPayload", "stockLocation", StockLocationRef);

const addressColumns = (a: z.infer<typeof addressSchema>) => ({
  address_1: a.address1,
  country_code: a.countryCode,
  ...definedOnly({
    address_2: a.address2,
    company: a.company,
    city: a.city,
    phone: a.phone,
    province: a.province,
    postal_code: a.postalCode,
  }),
});

const retrieve = (scope: TesseraContainer, id: string) =>
  scope.resolve(Modules.STOCK_LOCATION).retrieveStockLocation(id, { relations: ["address"] });

builder.mutationFields((t) => ({
  createStockLocation: t.field({
    authScopes: access.admin,
    type: StockLocationPayload,
    args: { input: t.arg({ type: CreateStockLocationInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(createSchema, args.input);
        const [created] = await runMutationWorkflow(
          createStockLocationsWorkflow,
          ctx.scope,
          {
            additional_data: additionalData(args.input.additionalData),
            stock_locations: [
              {
                name: input.name,
                address: input.address ? addressColumns(input.address) : null,
                ...definedOnly({ metadata: input.metadata as object | undefined }),
              },
            ],
          },
          args.input.idempotencyKey,
        );
        return { stockLocation: await retrieve(ctx.scope, created?.id ?? "") };
      }),
  }),
  updateStockLocation: t.field({
    authScopes: access.admin,
    type: StockLocationPayload,
    args: { input: t.arg({ type: UpdateStockLocationInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        const input = parseInput(updateSchema, args.input);
        const address = input.removeAddress
          ? { address: null }
          : input.address
            ? { address: addressColumns(input.address) }
            : {};
        await runMutationWorkflow(
          updateStockLocationsWorkflow,
          ctx.scope,
          {
            additional_data: additionalData(args.input.additionalData),
            stock_locations: [
              {
                id: input.id,
                ...definedOnly({ name: input.name, metadata: input.metadata as object | undefined }),
                ...address,
              },
            ],
          },
          args.input.idempotencyKey,
        );
        return { stockLocation: await retrieve(ctx.scope, input.id) };
      }),
  }),
  deleteStockLocation: t.field({
    authScopes: access.admin,
    type: DeletePayload,
    args: { input: t.arg({ type: IdempotentDeleteInput, required: true }) },
    resolve: (_root, args, ctx) =>
      withUserErrors(async () => {
        await runMutationWorkflow(
          deleteStockLocationsWorkflow,
          ctx.scope,
          { ids: [args.input.id] },
          args.input.idempotencyKey,
        );
        return { deletedId: args.input.id };
      }),
  }),
}));
