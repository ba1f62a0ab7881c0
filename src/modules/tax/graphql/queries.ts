import { access } from "../../../framework/graphql/auth-scopes.ts";
import { TaxRate, TaxRegion } from "../models.ts";
import { rootList } from "../../../framework/graphql/root-list.ts";
import { z } from "zod";
import { builder } from "../../../framework/graphql/builder.ts";
import { parseInput } from "../../../framework/graphql/inputs.ts";
import { listInputs } from "../../../framework/graphql/list-inputs.ts";
import { moneyFields } from "../../../framework/money/index.ts";
import { TaxLineRef, TaxRateRef, TaxRegionRef } from "./types.ts";
import { rootRecord } from "../../../framework/graphql/root-record.ts";

const taxRegionList = listInputs(TaxRegion, {
  filter: {
    columns: {
      id: true,
      country_code: "Matches tax regions by country: a lowercase ISO 3166-1 alpha-2 code (dk).",
      province_code:
        "Matches tax regions by province: a lowercase ISO 3166-2 code (us-ca); isNull: true for country-level regions.",
      parent_id: "Matches province regions by their country region's id; isNull: true for country-level regions.",
    },
  },
  sort: ["country_code", "province_code", "created_at"],
});
const taxRateList = listInputs(TaxRate, {
  filter: { columns: { id: true, code: true, tax_region_id: true } },
  sort: ["code", "name", "rate", "created_at"],
});

const TaxableItemInput = builder.inputType("TaxableItemInput", {
  description:
    "An item to tax: a line item or a variant (productId and productTypeId pick rules), or a shipping method (shippingOptionId).",
  fields: (t) => ({
    id: t.id({ required: true, description: "Your id for the item; the tax lines name it." }),
    productId: t.id({ description: "The product, for product-specific rates." }),
    productTypeId: t.id({ description: "The product type, for type-specific rates." }),
    shippingOptionId: t.id({ description: "For a shipping method: its option, for option-specific rates." }),
  }),
});
const TaxAddressInput = builder.inputType("TaxAddressInput", {
  fields: (t) => ({
    countryCode: t.string({ required: true, description: "The ISO 3166-1 alpha-2 country." }),
    provinceCode: t.string({ description: "ISO 3166-2, e.g. us-ca." }),
  }),
});
const taxLinesSchema = z.object({
  items: z.array(
    z
      .object({
        id: z.string().min(1),
        productId: z.string().nullish(),
        productTypeId: z.string().nullish(),
        shippingOptionId: z.string().nullish(),
      })
      .refine(
        (i) => Boolean(i.productId) !== Boolean(i.shippingOptionId),
        "needs exactly one of productId or shippingOptionId",
      ),
  ),
  address: z.object({ countryCode: moneyFields.countryCode, provinceCode: z.string().trim().toLowerCase().nullish() }),
});

builder.queryFields((t) => ({
  taxRegion: rootRecord(t, {
    type: TaxRegionRef,
    model: TaxRegion,
    module: "tax",
    authScopes: access.admin,
    description: "A tax region by id with its rates (admins only); null when unknown.",
    idDescription: "The tax region's id (txreg_…).",
  }),
  taxRegions: rootList(t, {
    type: TaxRegionRef,
    list: taxRegionList,
    module: "tax",
    authScopes: access.admin,
    description: "Tax regions, filtered, searched (country, province) and sorted.",
  }),
  taxRates: rootList(t, { type: TaxRateRef, list: taxRateList, module: "tax", authScopes: access.admin }),
  taxLines: t.field({
    authScopes: access.store,
    type: [TaxLineRef],
    description:
      "The tax lines for items shipped to an address (the tax module's getTaxLines); a fixed number of SQL statements.",
    args: {
      items: t.arg({
        type: [TaxableItemInput],
        required: true,
        description: "The items to tax; each tax line names its item by the id you give it.",
      }),
      address: t.arg({
        type: TaxAddressInput,
        required: true,
        description: "Where the items ship: the country (and province) whose tax regions apply.",
      }),
    },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(taxLinesSchema, args);
      const items = input.items.map((i) =>
        i.shippingOptionId
          ? { id: i.id, shipping_option_id: i.shippingOptionId }
          : { id: i.id, product_id: i.productId ?? "", product_type_id: i.productTypeId ?? null },
      );
      return ctx.scope.resolve("tax").getTaxLines(items, {
        address: { country_code: input.address.countryCode, province_code: input.address.provinceCode ?? null },
      });
    },
  }),
}));
