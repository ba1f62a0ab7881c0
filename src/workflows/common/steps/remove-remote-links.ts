import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export const removeRemoteLinkStepId = "remove-remote-links";

/** `{ salesChannel: { sales_channel_id: ["sc_1"] } }`: the records whose links go. */
export type RemoveRemoteLinkInput = Record<string, Record<string, string | string[]>>;

/**
 * Medusa's removeRemoteLinkStep, after deleting records: soft-deletes their links (and, by
 * deleteCascades, linked records). Compensation restores them.
 */
export const removeRemoteLinkStep = createStep(removeRemoteLinkStepId, async (input: RemoveRemoteLinkInput, { container }) => {
  return new StepResponse(await container.resolve("link").delete(input), input);
}, async (input, { container }) => {
  await container.resolve("link").restore(input);
});
