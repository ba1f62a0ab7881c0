import { createStep, StepResponse } from "../../../framework/workflows/index.ts";
import { SYSTEM_ACTOR, storedActor } from "../../../framework/events/actor.ts";
import type { EventMessage } from "../../../framework/events/types.ts";
import { eventGroupOf } from "../../../framework/workflows/event-group.ts";

export const emitEventStepId = "emit-event";

/**
 * Emits events from inside a workflow. They are held under the workflow's transaction and go
 * out only when the whole (outermost) workflow succeeds; a compensating workflow drops them.
 * Each carries in `metadata` the actor that started the run (`system` without a request) and the
 * run that emitted it (`workflowId`, `transactionId`: what `workflowExecution` takes).
 */
export const emitEventStep = createStep(
  // Repeatable: a crash mid-emit repeats it, and an event may be delivered twice (at least once).
  { name: emitEventStepId, repeatable: true },
  async (events: EventMessage[], { container, transactionId, workflowId, metadata }) => {
    const actor = storedActor(metadata.actor) ?? SYSTEM_ACTOR;
    const traced = events.map((event) => ({
      ...event,
      metadata: { ...event.metadata, actor, workflowRun: { workflowId, transactionId } },
    }));
    // Buffered: the engine writes them before it stores this step done, released at once when
    // that is the run's end (one statement for the events and the release).
    await container.resolve("eventBus").emit(traced, { groupId: eventGroupOf(transactionId), buffer: true });
    return new StepResponse(events.length);
  },
);
