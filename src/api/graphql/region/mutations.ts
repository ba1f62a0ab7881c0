import { z } from "zod";
import { access } from "../../../framework/graphql/auth-scopes.ts";
import { fields } from "../../../framework/graphql/inputs.ts";
import { recordMutations } from "../../../framework/graphql/record-mutations.ts";
import { metadataInput, zodId } from "../../../framework/graphql/zod-input.ts";
import { moneyFields } from "../../../framework/money/index.ts";
import { Modules } from "../../../modules/index.ts";
import { RegionRef } from "../../../modules/region/graphql/types.ts";
import {
  createRegionsWorkflow,
  deleteRegionsWorkflow,
  updateRegionsWorkflow,
} from "../../../workflows/region/index.ts";

const regionFields = {
  countries: z
    .array(moneyFields.countryCode)
    .nullish()
    .describe("ISO 3166-1 alpha-2 codes; a country belongs to at most one region."),
  automaticTaxes: z
    .boolean()
    .nullish()
    .describe("Whether taxes are computed automatically on cart changes (default true)."),
  isTaxInclusive: z.boolean().nullish().describe("Whether the region's prices include taxes by default."),
  metadata: metadataInput(),
};
const createSchema = z.object({
  name: fields.title.describe("The region's name."),
  currencyCode: moneyFields.currencyCode.describe("The region's currency (ISO 4217, lowercase)."),
  ...regionFields,
  countries: regionFields.countries.describe("ISO 3166-1 alpha-2 codes; a country belongs to at most one region."),
  isTaxInclusive: regionFields.isTaxInclusive.describe(
    "Prices in this region include taxes (stored as a pricing preference).",
  ),
});
const updateSchema = z.object({
  id: zodId().describe("The region to update."),
  name: fields.title.nullish().describe("The region's name."),
  currencyCode: moneyFields.currencyCode.nullish().describe("The region's currency (ISO 4217, lowercase)."),
  ...regionFields,
  countries: regionFields.countries.describe("Replaces the region's countries."),
});

recordMutations("Region", {
  ref: RegionRef,
  access: access.admin,
  batch: "regions",
  hooks: true,
  retrieve: (ctx, id) => ctx.scope.resolve(Modules.REGION).retrieveRegion(id, { relations: ["countries"] }),
  create: {
    description: "Creates a region; an unknown currency or a country already in a region is a userError.",
    schema: createSchema,
    workflow: createRegionsWorkflow,
    defaults: { countries: [] },
  },
  update: {
    description: "Updates a region; given countries replace its countries.",
    schema: updateSchema,
    workflow: updateRegionsWorkflow,
  },
  delete: {
    description: "Soft-deletes a region; its countries become free for other regions.",
    workflow: deleteRegionsWorkflow,
  },
});
