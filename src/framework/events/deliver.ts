import type { TesseraContainer } from "../container/container.ts";
import type { EventMessage, Subscription } from "./types.ts";

/**
 * Runs one subscriber for one event, retrying with exponential backoff; after the last attempt
 * the failure is recorded in `event_failure` and logged. Never throws.
 */
export async function deliverWithRetries(
  container: TesseraContainer,
  subscription: Subscription,
  event: EventMessage,
): Promise<boolean> {
  const logger = container.resolve("logger");
  let lastError: unknown;
  for (let attempt = 1; attempt <= subscription.attempts; attempt++) {
    try {
      await subscription.handler({ event, container: container.createScope() });
      return true;
    } catch (error) {
      lastError = error;
      logger.warn(
        { err: error, event: event.name, subscriberId: subscription.subscriberId, attempt },
        "subscriber failed",
      );
      if (attempt < subscription.attempts)
        await new Promise((r) => setTimeout(r, subscription.backoff * 2 ** (attempt - 1)));
    }
  }
  await recordFailure(container, subscription, event, subscription.attempts, lastError);
  return false;
}

export async function recordFailure(
  container: TesseraContainer,
  subscription: Pick<Subscription, "subscriberId">,
  event: EventMessage,
  attempts: number,
  error: unknown,
): Promise<void> {
  try {
    await container.resolve("eventBusModule").createEventFailures({
      event_name: event.name,
      subscriber_id: subscription.subscriberId,
      data: (event.data ?? null) as object,
      metadata: (event.metadata ?? null) as object,
      error: error instanceof Error ? error.message : String(error),
      attempts,
    });
  } catch (recordError) {
    container.resolve("logger").error({ err: recordError, event: event.name }, "could not record a failed event");
  }
}
