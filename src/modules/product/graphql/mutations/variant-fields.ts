import { z } from "zod";
import { builder, type InputFieldBuilder } from "../../../../framework/graphql/builder.ts";
import { definedOnly, fields } from "../../../../framework/graphql/inputs.ts";

/** Variant fields shared by the inline variants of createProduct and the variant mutations. */
export const variantFieldsSchema = z.object({
  sku: z.string().min(1).nullish(),
  barcode: z.string().nullish(),
  ean: z.string().nullish(),
  upc: z.string().nullish(),
  allowBackorder: z.boolean().nullish(),
  manageInventory: z.boolean().nullish(),
  variantRank: fields.rank.nullish(),
  weight: fields.nonNegativeInt.nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
});

export const variantInputFields = (t: InputFieldBuilder) => ({
  sku: t.string(), barcode: t.string(), ean: t.string(), upc: t.string(),
  allowBackorder: t.boolean(), manageInventory: t.boolean(), variantRank: t.int(), weight: t.int(),
  metadata: t.field({ type: "JSON" }),
});

export const VariantOptionInput = builder.inputType("VariantOptionInput", {
  description: "Picks the value of one of the product's options by their titles: { option: \"Size\", value: \"M\" }.",
  fields: (t) => ({ option: t.string({ required: true }), value: t.string({ required: true }) }),
});

/** GraphQL camelCase variant fields → the module's columns. */
export function variantColumnsFrom(input: z.infer<typeof variantFieldsSchema> & { title?: string | null }) {
  return definedOnly({
    title: input.title, sku: input.sku, barcode: input.barcode, ean: input.ean, upc: input.upc,
    allow_backorder: input.allowBackorder, manage_inventory: input.manageInventory, variant_rank: input.variantRank,
    weight: input.weight, metadata: input.metadata as object | undefined,
  });
}
