import type { LinkInput } from "../../framework/links/link-input.ts";
import { transform, type WorkflowData } from "../../framework/workflows/index.ts";
import type { PriceInput } from "../../modules/pricing/types.ts";
import { createRemoteLinkStep } from "../common/steps/create-remote-links.ts";
import { createPriceSetsStep } from "../pricing/steps/create-price-sets.ts";
import { updatePriceSetsStep } from "../pricing/steps/update-price-sets.ts";
import { listVariantPriceSetsStep } from "./steps/list-variant-price-sets.ts";

/** A variant's prices as a product write takes them (Medusa's variant `prices`). */
export interface VariantPrices {
  variant_id: string;
  prices: PriceInput[];
}

/** Pairs created variants with the prices their inputs carried (same order), leaving out unpriced ones. */
export function pairPrices(
  variants: readonly { id: string }[],
  inputs: readonly { prices?: PriceInput[] }[],
): VariantPrices[] {
  return inputs.flatMap((input, i) => {
    const variant = variants[i];
    return variant && input.prices ? [{ variant_id: variant.id, prices: input.prices }] : [];
  });
}

/** Drops `prices` from variant inputs: the product module knows nothing of them. */
export function withoutPrices<V extends { prices?: PriceInput[] }>(variants: readonly V[]): Omit<V, "prices">[] {
  return variants.map(({ prices: _prices, ...variant }) => variant);
}

/**
 * In a workflow: gives each new variant a price set with its prices and links the two
 * (`product_variant` ↔ `price_set`). Compensation deletes the sets and dismisses the links.
 */
export function createVariantPriceSets(priced: WorkflowData<VariantPrices[]>): void {
  const sets = createPriceSetsStep(
    transform({ priced }, ({ priced: list }) => list.map((v) => ({ prices: v.prices }))),
  );
  createRemoteLinkStep(
    transform({ priced, sets }, ({ priced: list, sets: created }) =>
      list.map(
        (v, i): LinkInput => ({
          product: { product_variant_id: v.variant_id },
          pricing: { price_set_id: created[i]?.id ?? "" },
        }),
      ),
    ),
  );
}

/**
 * In a workflow: replaces the prices of variants that have a price set and creates (and links)
 * one for those that do not. Compensation puts the old prices back, deletes and unlinks new sets.
 */
export function setVariantPriceSets(priced: WorkflowData<VariantPrices[]>): void {
  const linked = listVariantPriceSetsStep(transform({ priced }, ({ priced: list }) => list.map((v) => v.variant_id)));
  updatePriceSetsStep(
    transform({ priced, linked }, ({ priced: list, linked: sets }) =>
      list.flatMap((v) => {
        const id = sets[v.variant_id];
        return id ? [{ id, prices: v.prices }] : [];
      }),
    ),
  );
  createVariantPriceSets(
    transform({ priced, linked }, ({ priced: list, linked: sets }) => list.filter((v) => !sets[v.variant_id])),
  );
}
