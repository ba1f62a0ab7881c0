import type { EventMessage } from "../../../framework/events/types.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

export interface RequestRegistrationStepInput {
  provider: string;
  actor_type: string;
  /** The credentials as posted (`{ email, password }` for emailpass): redacted from the stored run. */
  credentials: Record<string, unknown>;
}

export const requestRegistrationStepId = "request-registration";

/**
 * Records a registration waiting for its email, and outputs the event for the owner of the
 * address (`auth.email_verification`, or `auth.account_exists` for a taken one); compensation
 * deletes the pending registration.
 */
export const requestRegistrationStep = createStep(
  requestRegistrationStepId,
  async (input: RequestRegistrationStepInput, { container }) => {
    const request = await container
      .resolve("auth")
      .requestRegistration(input.provider, input.credentials, input.actor_type);
    const events: EventMessage[] = [request.event];
    return new StepResponse(events, request.verification_id);
  },
  async (id, { container }) => {
    if (id) await container.resolve("auth").deleteAuthEmailVerifications([id]);
  },
);
