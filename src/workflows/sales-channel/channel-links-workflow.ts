import type { LinkInput } from "../../framework/links/link-input.ts";
import { createHook, createWorkflow, transform, WorkflowResponse } from "../../framework/workflows/index.ts";
import { createRemoteLinkStep } from "../common/steps/create-remote-links.ts";
import { dismissRemoteLinkStep } from "../common/steps/dismiss-remote-links.ts";
import { validateChannelLinksStep, type ValidateChannelLinksInput } from "./steps/validate-channel-links.ts";

/** `{ id, add, remove }`: a sales channel and the records to link to it and unlink from it. */
export interface ChannelLinksInput {
  /** The sales channel. */
  id: string;
  /** Records to link (already linked ones are left as they are). */
  add?: string[];
  /** Records to unlink (ones not linked are ignored). */
  remove?: string[];
}

/**
 * A workflow that adds and removes one kind of record of a sales channel: validates every id
 * (INVALID_DATA before anything is written), creates then dismisses the links, and exposes a hook
 * receiving the input; if the hook throws, the links are put back as they were.
 */
export function channelLinksWorkflow<const H extends string>(
  name: string,
  hook: H,
  options: {
    /** Where the ids go in the validation step (`product_ids`). */
    validate: keyof Omit<ValidateChannelLinksInput, "id">;
    pair: (channelId: string, id: string) => LinkInput;
  },
) {
  const pairs = (channelId: string, ids: string[] = []) => ids.map((id) => options.pair(channelId, id));
  return createWorkflow(name, (input: ChannelLinksInput) => {
    validateChannelLinksStep(
      transform({ input }, ({ input: i }) => ({
        id: i.id,
        [options.validate]: [...(i.add ?? []), ...(i.remove ?? [])],
      })),
    );
    createRemoteLinkStep(transform({ input }, ({ input: i }) => pairs(i.id, i.add)));
    dismissRemoteLinkStep(transform({ input }, ({ input: i }) => pairs(i.id, i.remove)));
    const linked = createHook(hook, { input });
    return new WorkflowResponse(input, { hooks: [linked] });
  });
}
