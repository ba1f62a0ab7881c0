import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import type { EventMessage } from "../../../framework/events/types.ts";
import { eventGroupOf } from "../../../framework/workflows/event-group.ts";

export const emitEventStepId = "emit-event";

/**
 * Emits events from inside a workflow. They are held under the workflow's transaction and go
 * out only when the whole (outermost) workflow succeeds; a compensating workflow drops them.
 */
export const emitEventStep = createStep(
  emitEventStepId,
  async (events: EventMessage[], { container, transactionId }) => {
    await container.resolve("eventBus").emit(events, { groupId: eventGroupOf(transactionId) });
    return new StepResponse(events.length);
  },
);
