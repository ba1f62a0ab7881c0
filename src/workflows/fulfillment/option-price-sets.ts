import type { LinkInput } from "../../framework/links/link-input.ts";
import { transform, type WorkflowData } from "../../framework/workflows/index.ts";
import type { PriceInput } from "../../modules/pricing/types.ts";
import { createRemoteLinkStep } from "../common/steps/create-remote-links.ts";
import { createPriceSetsStep } from "../pricing/steps/create-price-sets.ts";
import { updatePriceSetsStep } from "../pricing/steps/update-price-sets.ts";
import { listShippingOptionPriceSetsStep } from "./steps/shipping-option-prices.ts";

/** An option's prices as the pricing module takes them. */
export interface OptionPrices {
  shipping_option_id: string;
  prices: PriceInput[];
}

/** In a workflow: gives options a price set with their prices and links it; compensation deletes and unlinks. */
export function createOptionPriceSets(priced: WorkflowData<OptionPrices[]>): void {
  const sets = createPriceSetsStep(
    transform({ priced }, ({ priced: list }) => list.map((o) => ({ prices: o.prices }))),
  );
  createRemoteLinkStep(
    transform({ priced, sets }, ({ priced: list, sets: created }) =>
      list.map(
        (o, i): LinkInput => ({
          fulfillment: { shipping_option_id: o.shipping_option_id },
          pricing: { price_set_id: created[i]?.id ?? "" },
        }),
      ),
    ),
  );
}

/** In a workflow: replaces options' prices (a new set for those without one); compensation puts the old prices back. */
export function setOptionPriceSets(priced: WorkflowData<OptionPrices[]>): void {
  const linked = listShippingOptionPriceSetsStep(
    transform({ priced }, ({ priced: list }) => list.map((o) => o.shipping_option_id)),
  );
  updatePriceSetsStep(
    transform({ priced, linked }, ({ priced: list, linked: sets }) =>
      list.flatMap((o) => {
        const id = sets[o.shipping_option_id];
        return id ? [{ id, prices: o.prices }] : [];
      }),
    ),
  );
  createOptionPriceSets(
    transform({ priced, linked }, ({ priced: list, linked: sets }) => list.filter((o) => !sets[o.shipping_option_id])),
  );
}
