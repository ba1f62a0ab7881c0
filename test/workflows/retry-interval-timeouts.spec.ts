import { describe, expect, it } from "vitest";
import { moduleIntegrationTestRunner } from "../../src/framework/test-utils/runners.ts";
import {
  createStep,
  createWorkflow,
  StepResponse,
  TransactionHandlerType,
  WorkflowResponse,
  type WorkflowEvent,
} from "../../src/framework/workflows/index.ts";
import type WorkflowEngineService from "../../src/modules/workflow-engine/service.ts";

// Deadlines and intervals are seconds long so a loaded machine still starts the steps before them.
// Medusa's `retryInterval` parks a run (run answers, the retry is scheduled), and a workflow's
// `timeout` ends the run at its deadline: while a step is busy, while a retry is parked, while it
// waits on an async step. Embedded: in-process timers; with REDIS_URL: BullMQ delayed jobs.

const log: string[] = [];

/** Resolves once the condition holds (checked on each turn of the event loop, at most ~10 s). */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(condition()).toBe(true);
}

const prepare = createStep(
  "prepare",
  async () => new StepResponse("prepared"),
  async () => {
    log.push("undo prepare");
  },
);

// Fails on the first call, succeeds on the retry five seconds later (a slow queue answers sooner).
let flakyCalls = 0;
const flaky = createStep({ name: "flaky-later", maxRetries: 2, retryInterval: 5 }, async () => {
  flakyCalls++;
  if (flakyCalls === 1) throw new Error("not yet");
  return new StepResponse(`ok after ${flakyCalls}`);
});
const parked = createWorkflow("parked-retry", () => new WorkflowResponse(flaky()));

// Always fails, with a retry interval far beyond the workflow's timeout.
let hopelessCalls = 0;
const hopeless = createStep({ name: "hopeless", maxRetries: 3, retryInterval: 120 }, async () => {
  hopelessCalls++;
  throw new Error("still down");
});
const parkedPastDeadline = createWorkflow({ name: "parked-past-deadline", timeout: 5 }, () => {
  prepare();
  return new WorkflowResponse(hopeless());
});

// Finishes only when the test opens the gate, long after the workflow's deadline.
let openGate = () => {};
const gated = createStep(
  "gated",
  async () => {
    await new Promise<void>((resolve) => {
      openGate = resolve;
    });
    log.push("gated finished");
    return new StepResponse("late", "gated-late");
  },
  async (undo: string) => {
    log.push(`undo ${undo}`);
  },
);
const busyPastDeadline = createWorkflow({ name: "busy-past-deadline", timeout: 5 }, () => {
  prepare();
  return new WorkflowResponse(gated());
});

const approval = createStep({ name: "approval", async: true }, async () => undefined);
const waitingPastDeadline = createWorkflow({ name: "waiting-past-deadline", timeout: 5 }, () => {
  prepare();
  return new WorkflowResponse(approval());
});

moduleIntegrationTestRunner<WorkflowEngineService>({
  moduleName: "workflows",
  resolve: "./modules/workflow-engine",
  testSuite: ({ container, service }) => {
    /** The run's `onFinish` event (subscribed before the run starts). */
    const finished = (workflowId: string, transactionId: string) =>
      new Promise<WorkflowEvent>((resolve) => {
        const subscriber = (event: WorkflowEvent) => {
          if (event.eventType !== "onFinish") return;
          service.unsubscribe({ workflowId, transactionId, subscriberOrId: subscriber });
          resolve(event);
        };
        service.subscribe({ workflowId, transactionId, subscriber });
      });

    describe("retryInterval", () => {
      it("parks the run: run answers before the retry, which then runs on its own and finishes the run", async () => {
        const transactionId = "parked-1";
        const done = finished("parked-retry", transactionId);
        const first = await parked(container).run({ transactionId });
        expect(first.transaction.status).toBe("invoking");
        expect(first.result).toBeUndefined();
        expect(flakyCalls).toBe(1);
        expect(first.transaction.steps["flaky-later"]).toMatchObject({
          status: "invoking",
          errors: [{ message: "not yet" }],
        });
        expect(first.transaction.steps["flaky-later"]?.retryAt).toEqual(expect.any(String));

        // The same transaction id while the retry is parked answers as the first run did, at once.
        const again = await parked(container).run({ transactionId });
        expect(again.transaction.status).toBe("invoking");
        expect(flakyCalls).toBe(1);

        const event = await done;
        expect(event).toMatchObject({ status: "done", result: "ok after 2" });
        expect(await service.getExecution("parked-retry", transactionId)).toMatchObject({
          status: "done",
          result: "ok after 2",
          steps: { "flaky-later": { status: "done", attempts: 2 } },
        });
      });

      it("a parked retry due after the workflow's deadline is cut short there: the run times out and compensates", async () => {
        log.length = 0;
        const transactionId = "parked-2";
        const done = finished("parked-past-deadline", transactionId);
        const first = await parkedPastDeadline(container).run({ transactionId, throwOnError: false });
        // Parked (or, on a very slow queue, already past the deadline).
        expect(["invoking", "reverted"]).toContain(first.transaction.status);
        const event = await done;
        expect(event.status).toBe("reverted");
        expect(event.errors?.map((e) => e.error.name)).toContain("WorkflowTimeoutError");
        // The 120 s retry never ran: the deadline came first.
        expect(hopelessCalls).toBe(1);
        expect(log).toEqual(["undo prepare"]);
      });
    });

    describe("workflow timeout", () => {
      it("ends the run at the deadline while a step is still busy; the step's late result is undone", async () => {
        log.length = 0;
        const { transaction, errors } = await busyPastDeadline(container).run({ throwOnError: false });
        // The run answered while the gated step was still running: enforced by a timer, not afterwards.
        expect(log).toEqual(["undo prepare"]);
        expect(transaction.status).toBe("reverted");
        expect(transaction.steps.gated?.status).toBe("timeout");
        expect(errors[0]?.error).toMatchObject({
          name: "WorkflowTimeoutError",
          message: "Workflow busy-past-deadline timed out after 5s",
        });
        openGate();
        await until(() => log.includes("undo gated-late"));
        expect(log).toEqual(["undo prepare", "gated finished", "undo gated-late"]);
      });

      it("times out a run left waiting on an async step; resolving the step afterwards is refused", async () => {
        log.length = 0;
        const transactionId = "waiting-1";
        const done = finished("waiting-past-deadline", transactionId);
        const first = await waitingPastDeadline(container).run({ transactionId, throwOnError: false });
        expect(["waiting", "reverted"]).toContain(first.transaction.status);
        const event = await done;
        expect(event.status).toBe("reverted");
        expect(event.errors?.[0]?.error.name).toBe("WorkflowTimeoutError");
        expect(log).toEqual(["undo prepare"]);
        await expect(
          service.setStepSuccess({
            idempotencyKey: {
              action: TransactionHandlerType.INVOKE,
              workflowId: "waiting-past-deadline",
              transactionId,
              stepId: "approval",
            },
            stepResponse: "too late",
          }),
        ).rejects.toMatchObject({ type: "not_allowed" });
      });
    });
  },
});
