import type { EventMessage } from "../../../framework/events/types.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import { AuthEvents } from "../../../modules/auth/events.ts";

export interface GenerateResetTokenStepInput {
  provider: string;
  identifier: string;
  actor_type: string;
}

export const generateResetTokenStepId = "generate-reset-password-token";

/**
 * Creates a reset token for a known identifier and outputs the `auth.password_reset` event to
 * emit (none for an unknown one); compensation deletes the token.
 */
export const generateResetTokenStep = createStep(
  generateResetTokenStepId,
  async (input: GenerateResetTokenStepInput, { container }) => {
    const issued = await container.resolve("auth").issueResetToken(input.provider, input.identifier, input.actor_type);
    const events: EventMessage[] = issued ? [{ name: AuthEvents.PASSWORD_RESET, data: issued.event }] : [];
    return new StepResponse(events, issued?.id ?? null);
  },
  async (id, { container }) => {
    if (id) await container.resolve("auth").deleteAuthResetTokens([id]);
  },
);
