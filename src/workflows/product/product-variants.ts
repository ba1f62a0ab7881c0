import type { EventMessage } from "../../framework/events/types.ts";
import { createHook, createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { ProductEvents } from "../../modules/product/events.ts";
import type { VariantInput } from "../../modules/product/service.ts";
import type { PriceInput } from "../../modules/pricing/types.ts";
import { emitEventStep } from "../common/steps/emit-event.ts";
import { deleteWorkflow, type AdditionalData } from "./rows-workflows.ts";
import * as steps from "./steps/product-variants.ts";
import { createVariantInventory, type VariantInventoryInput, withoutInventory } from "./variant-inventory.ts";
import { createVariantPriceSets, pairPrices, setVariantPriceSets, withoutPrices } from "./variant-prices.ts";

type Priced<T> = T & { prices?: PriceInput[] };
const events = (name: string) => (rows: { id: string }[]) =>
  rows.map((row): EventMessage => ({ name, data: { id: row.id } }));

/**
 * Creates variants; those with `prices` get a linked price set, those that manage inventory their
 * `inventory_items` or a new item (see createVariantInventory). Hook `productVariantsCreated`
 * receives `{ product_variants, additional_data }`; a throw deletes variants, sets and links.
 */
export const createProductVariantsWorkflow = createWorkflow(
  "create-product-variants",
  (input: { product_variants: (Priced<VariantInput> & VariantInventoryInput)[]; additional_data?: AdditionalData }) => {
    const variants = steps.createProductVariantsStep(
      transform({ input }, ({ input: i }) => withoutInventory(withoutPrices(i.product_variants))),
    );
    createVariantInventory(
      transform({ input, variants }, ({ input: i, variants: rows }) =>
        rows.map((variant, k) => ({
          variant,
          inventory_items: i.product_variants[k]?.inventory_items,
          field: [String(k)],
        })),
      ),
    );
    createVariantPriceSets(
      transform({ input, variants }, ({ input: i, variants: rows }) => pairPrices(rows, i.product_variants)),
    );
    const created = createHook("productVariantsCreated", {
      product_variants: variants,
      additional_data: input.additional_data,
    });
    emitEventStep(transform({ variants }, ({ variants: rows }) => events(ProductEvents.PRODUCT_VARIANT_CREATED)(rows)));
    return new WorkflowResponse(variants, { hooks: [created] });
  },
);

/**
 * Updates variants; `prices`, when given, replace the variant's price set prices (creating and
 * linking a set if it has none). Hook `productVariantsUpdated`; a throw writes the old values back.
 */
export const updateProductVariantsWorkflow = createWorkflow(
  "update-product-variants",
  (input: { product_variants: Priced<steps.VariantUpdate>[]; additional_data?: AdditionalData }) => {
    const variants = steps.updateProductVariantsStep(
      transform({ input }, ({ input: i }) => withoutPrices(i.product_variants)),
    );
    setVariantPriceSets(
      transform({ input }, ({ input: i }) =>
        i.product_variants.flatMap((v) => (v.prices ? [{ variant_id: v.id, prices: v.prices }] : [])),
      ),
    );
    const updated = createHook("productVariantsUpdated", {
      product_variants: variants,
      additional_data: input.additional_data,
    });
    emitEventStep(transform({ variants }, ({ variants: rows }) => events(ProductEvents.PRODUCT_VARIANT_UPDATED)(rows)));
    return new WorkflowResponse(variants, { hooks: [updated] });
  },
);

/** Soft-deletes variants and their links; a variant's price set goes with it (the link cascades). */
export const deleteProductVariantsWorkflow = deleteWorkflow(
  "delete-product-variants",
  "productVariantsDeleted",
  steps.deleteProductVariantsStep,
  ProductEvents.PRODUCT_VARIANT_DELETED,
  (ids) => transform({ ids }, ({ ids: variantIds }) => ({ product: { product_variant_id: variantIds } })),
);
