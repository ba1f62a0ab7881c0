import { access } from "../../../framework/graphql/auth-scopes.ts";
import { z } from "zod";
import { builder } from "../../../framework/graphql/builder.ts";
import { definedOnly, fields, parseInput } from "../../../framework/graphql/inputs.ts";
import { DeleteInput, DeletePayload, payloadType } from "../../../framework/graphql/payloads.ts";
import { withUserErrors } from "../../../framework/graphql/user-errors.ts";
import { moneyFields } from "../../../framework/money/index.ts";
import { withSharedTransaction } from "../../../framework/modules/shared-transaction.ts";
import { RegionRef } from "./types.ts";

const shared = {
  countries: z.array(moneyFields.countryCode).nullish(),
  automaticTaxes: z.boolean().nullish(),
  isTaxInclusive: z.boolean().nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
};
const createSchema = z.object({ name: fields.title, currencyCode: moneyFields.currencyCode, ...shared });
const updateSchema = z.object({ id: z.string().min(1), name: fields.title.nullish(), currencyCode: moneyFields.currencyCode.nullish(), ...shared });

const CreateRegionInput = builder.inputType("CreateRegionInput", {
  fields: (t) => ({
    name: t.string({ required: true }), currencyCode: t.string({ required: true }),
    countries: t.stringList({ description: "ISO 3166-1 alpha-2 codes; a country belongs to at most one region." }),
    automaticTaxes: t.boolean(), isTaxInclusive: t.boolean({ description: "Prices in this region include taxes (stored as a pricing preference)." }),
    metadata: t.field({ type: "JSON" }),
  }),
});
const UpdateRegionInput = builder.inputType("UpdateRegionInput", {
  fields: (t) => ({
    id: t.id({ required: true }), name: t.string(), currencyCode: t.string(),
    countries: t.stringList({ description: "Replaces the region's countries." }),
    automaticTaxes: t.boolean(), isTaxInclusive: t.boolean(), metadata: t.field({ type: "JSON" }),
  }),
});
const RegionPayload = payloadType("RegionPayload", "region", RegionRef);

const columns = (input: Omit<z.infer<typeof updateSchema>, "id">) => definedOnly({
  name: input.name, currency_code: input.currencyCode, automatic_taxes: input.automaticTaxes, metadata: input.metadata as object | undefined,
});

// Cross-module checks and the tax-inclusive preference become steps of the region workflows once
// the workflow engine lands; until then the resolver validates first, then writes the region and
// its preference in one shared transaction.
builder.mutationFields((t) => ({
  createRegion: t.field({
    authScopes: access.admin,
    type: RegionPayload,
    description: "Creates a region; an unknown currency or a country already in a region is a userError.",
    args: { input: t.arg({ type: CreateRegionInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const input = parseInput(createSchema, args.input);
      await ctx.scope.resolve("currency").assertCurrencies([input.currencyCode], ["currencyCode"]);
      const region = await withSharedTransaction(ctx.scope.resolve("db"), async (c) => {
        const [row] = await ctx.scope.resolve("region").createRegionsWithCountries([{ ...columns(input), name: input.name, currency_code: input.currencyCode, countries: input.countries ?? [] }], c);
        if (row && input.isTaxInclusive != null) {
          await ctx.scope.resolve("pricing").setPricePreference({ attribute: "region_id", value: row.id, is_tax_inclusive: input.isTaxInclusive }, c);
        }
        return row;
      });
      return { region };
    }),
  }),
  updateRegion: t.field({
    authScopes: access.admin,
    type: RegionPayload,
    args: { input: t.arg({ type: UpdateRegionInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const input = parseInput(updateSchema, args.input);
      if (input.currencyCode) await ctx.scope.resolve("currency").assertCurrencies([input.currencyCode], ["currencyCode"]);
      const region = await withSharedTransaction(ctx.scope.resolve("db"), async (c) => {
        const row = await ctx.scope.resolve("region").updateRegionWithCountries({ id: input.id, ...columns(input), ...(input.countries ? { countries: input.countries } : {}) }, c);
        if (input.isTaxInclusive != null) {
          await ctx.scope.resolve("pricing").setPricePreference({ attribute: "region_id", value: row.id, is_tax_inclusive: input.isTaxInclusive }, c);
        }
        return row;
      });
      return { region };
    }),
  }),
  deleteRegion: t.field({
    authScopes: access.admin,
    type: DeletePayload,
    description: "Soft-deletes a region; its countries become free for other regions.",
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => {
      const service = ctx.scope.resolve("region");
      await service.retrieveRegion(args.input.id);
      await service.softDeleteRegions([args.input.id]);
      return { deletedId: args.input.id };
    }),
  }),
}));
