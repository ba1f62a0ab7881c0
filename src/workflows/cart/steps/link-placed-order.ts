import type { LinkInput } from "../../../framework/links/link-input.ts";
import type { LinkRow } from "../../../framework/links/link-service.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export const linkPlacedOrderStepId = "link-placed-order";
/**
 * Links the order a completion just placed to its cart and payment collection. The order was
 * created by this run, the cart is claimed by it and the collection was read under the cart's
 * lock: nothing to look up first (`checked`), the links are written in one statement per link
 * table (a second order for the cart is still refused by the link's unique index: CONFLICT).
 * Compensation dismisses them (the order, this run's, goes too).
 */
export const linkPlacedOrderStep = createStep(
  linkPlacedOrderStepId,
  async (links: LinkInput[], { container }) => {
    if (!links.length) return new StepResponse<LinkRow[], LinkInput[]>([], []);
    return new StepResponse(await container.resolve("link").create(links, undefined, { checked: true }), links);
  },
  async (links, { container }) => {
    if (links.length) await container.resolve("link").dismiss(links);
  },
);
