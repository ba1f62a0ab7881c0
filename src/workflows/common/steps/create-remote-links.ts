import type { LinkInput } from "../../../framework/links/link-input.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export const createRemoteLinkStepId = "create-remote-links";

/**
 * Links records through the link service (`link.create`), all or none; compensation dismisses
 * the links again. Medusa's `createRemoteLinkStep`.
 * @example createRemoteLinkStep([{ product: { product_variant_id } , pricing: { price_set_id } }])
 */
export const createRemoteLinkStep = createStep(createRemoteLinkStepId, async (links: LinkInput[], { container }) => {
  if (!links.length) return new StepResponse([], []);
  return new StepResponse(await container.resolve("link").create(links), links);
}, async (links, { container }) => {
  if (links.length) await container.resolve("link").dismiss(links);
});
