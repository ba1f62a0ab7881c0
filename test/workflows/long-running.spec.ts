import { describe, expect, it } from "vitest";
import { moduleIntegrationTestRunner } from "../../src/framework/test-utils/runners.ts";
import {
  createStep,
  createWorkflow,
  Modules,
  parallelize,
  StepResponse,
  TransactionHandlerType,
  WorkflowResponse,
  type WorkflowEvent,
} from "../../src/framework/workflows/index.ts";
import type WorkflowEngineService from "../../src/modules/workflow-engine/service.ts";

const log: string[] = [];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const before = createStep(
  "before-wait",
  async () => new StepResponse("x"),
  async () => {
    log.push("undo before");
  },
);
// The seed's long-running step: async, returns nothing, waits for setStepSuccess / setStepFailure.
const waitStep = createStep({ name: "step-2", async: true }, async () => {
  log.push("Waiting to be successful...");
});
const after = createStep("after-wait", async (s: string) => new StepResponse(`got ${s}`));
const longRunning = createWorkflow("long-running", () => {
  before();
  const s = waitStep();
  return new WorkflowResponse(after(s));
});

// Two async steps waiting side by side.
const approveA = createStep({ name: "approve-a", async: true }, async () => undefined);
const approveB = createStep({ name: "approve-b", async: true }, async () => undefined);
const twoApprovals = createWorkflow("two-approvals", () => {
  const [a, b] = parallelize(approveA(), approveB());
  return new WorkflowResponse({ a, b });
});

let invocations = 0;
const counted = createStep(
  "counted",
  async (n: number) => {
    invocations++;
    await sleep(10);
    return new StepResponse(n * 2, n);
  },
  async () => {
    log.push("undo counted");
  },
);
const idempotent = createWorkflow(
  { name: "idempotent-wf", idempotent: true },
  (n: number) => new WorkflowResponse(counted(n)),
);
const shortLived = createWorkflow(
  { name: "short-lived", retentionTime: 0 },
  (n: number) => new WorkflowResponse(counted(n)),
);

// "Configure Step Timeout" and "Configure Workflow Timeout" (seconds, kept short for the test).
// The slow step finishes only when the test opens the gate, well after its timeout.
let openGate = () => {};
const slowStep = createStep(
  { name: "slow", timeout: 0.05 },
  async () => {
    await new Promise<void>((resolve) => {
      openGate = resolve;
    });
    log.push("slow finished late");
    return new StepResponse("late", "late-undo");
  },
  async (undo: string) => {
    log.push(`undo ${undo}`);
  },
);
const stepTimeout = createWorkflow("step-timeout", () => {
  before();
  return new WorkflowResponse(slowStep());
});
const tick = (name: string, ms: number) =>
  createStep(
    name,
    async () => {
      await sleep(ms);
      return new StepResponse(name);
    },
    async () => {
      log.push(`undo ${name}`);
    },
  );
// tick-2 finishes only when the test opens its gate, after the run has timed out at its deadline
// (3 s: time for a slow queue to start tick-1 and tick-2 first).
let openTick2 = () => {};
const tick2 = createStep(
  "tick-2",
  async () => {
    await new Promise<void>((resolve) => {
      openTick2 = resolve;
    });
    return new StepResponse("tick-2");
  },
  async () => {
    log.push("undo tick-2");
  },
);
const workflowTimeout = createWorkflow({ name: "workflow-timeout", timeout: 3 }, () => {
  tick("tick-1", 0)();
  tick2();
  return new WorkflowResponse(tick("tick-3", 0)());
});

moduleIntegrationTestRunner<WorkflowEngineService>({
  moduleName: "workflows",
  resolve: "./modules/workflow-engine",
  testSuite: ({ container, service }) => {
    const key = (transactionId: string) => ({
      action: TransactionHandlerType.INVOKE,
      transactionId,
      stepId: "step-2",
      workflowId: "long-running",
    });

    describe("long-running workflows", () => {
      it("waits on an async step, then setStepSuccess resumes it and subscribers hear every event", async () => {
        const { transaction, result } = await longRunning(container).run();
        expect(transaction.status).toBe("waiting");
        expect(result).toBeUndefined();
        expect(transaction.steps["step-2"]?.status).toBe("waiting");
        const engine = container.resolve(Modules.WORKFLOW_ENGINE);
        const events: WorkflowEvent[] = [];
        const options = {
          workflowId: "long-running",
          transactionId: transaction.transactionId,
          subscriberId: "test-subscriber",
        };
        engine.subscribe({
          ...options,
          subscriber: (event) => {
            events.push(event);
          },
        });
        const done = await engine.setStepSuccess({
          idempotencyKey: key(transaction.transactionId),
          stepResponse: new StepResponse("Done!"),
          options: { container },
        });
        expect(done.result).toBe("got Done!");
        expect(events.map((e) => `${e.eventType}${e.step ? `:${e.step.id}` : ""}`)).toEqual([
          "onStepSuccess:step-2",
          "onStepBegin:after-wait",
          "onStepSuccess:after-wait",
          "onFinish",
        ]);
        expect(events.at(-1)?.result).toBe("got Done!");
        engine.unsubscribe({ ...options, subscriberOrId: "test-subscriber" });
        await expect(
          engine.setStepSuccess({ idempotencyKey: key(transaction.transactionId), stepResponse: "again" }),
        ).rejects.toMatchObject({ type: "not_allowed" });
        expect(events).toHaveLength(4);
        expect((await service.getExecution("long-running", transaction.transactionId))?.status).toBe("done");
      });

      it("setStepFailure fails the waiting step and compensates what ran before it", async () => {
        log.length = 0;
        const { transaction } = await longRunning(container).run();
        const events: string[] = [];
        service.subscribe({
          workflowId: "long-running",
          subscriber: (e) => {
            events.push(e.eventType);
          },
        });
        const failed = await service.setStepFailure({
          idempotencyKey: key(transaction.transactionId),
          stepResponse: new StepResponse("Failed!"),
        });
        expect(failed.transaction.status).toBe("reverted");
        expect(failed.errors[0]?.error.message).toBe("Failed!");
        expect(log).toEqual(["Waiting to be successful...", "undo before"]);
        expect(events).toEqual(["onStepFailure", "onCompensateBegin", "onCompensateStepSuccess", "onFinish"]);
      });
    });

    describe("concurrent resolution", () => {
      it("two waiting steps resolved at once both count; the same step resolved twice at once wins once", async () => {
        const { transaction } = await twoApprovals(container).run();
        const step = (stepId: string, by: string) =>
          service.setStepSuccess({
            idempotencyKey: { workflowId: "two-approvals", transactionId: transaction.transactionId, stepId },
            stepResponse: new StepResponse(by),
            options: { throwOnError: false },
          });
        const outcomes = await Promise.allSettled([
          step("approve-a", "ada"),
          step("approve-b", "bob"),
          step("approve-b", "eve"),
        ]);
        expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "fulfilled", "rejected"]);
        expect(outcomes[2]).toMatchObject({ reason: { type: "not_allowed" } });
        const stored = await service.getExecution("two-approvals", transaction.transactionId);
        expect(stored).toMatchObject({ status: "done", result: { a: "ada", b: "bob" } });
      });
    });

    describe("idempotency, cancel and retention", () => {
      it("a second run with the same transactionId returns the stored result without running a step", async () => {
        invocations = 0;
        const [a, b] = await Promise.all([
          idempotent(container).run({ input: 21, transactionId: "order-1" }),
          idempotent(container).run({ input: 21, transactionId: "order-1" }),
        ]);
        const c = await idempotent(container).run({ input: 99, transactionId: "order-1" });
        expect([a.result, b.result, c.result]).toEqual([42, 42, 42]);
        expect(invocations).toBe(1);
      });

      it("cancel rolls back a finished run", async () => {
        log.length = 0;
        const { transaction } = await idempotent(container).run({ input: 1 });
        const cancelled = await idempotent(container).cancel({ transactionId: transaction.transactionId });
        expect(cancelled.transaction.status).toBe("reverted");
        expect(log).toEqual(["undo counted"]);
      });

      it("prunes finished executions once their retention time has passed", async () => {
        const { transaction } = await shortLived(container).run({ input: 1 });
        await sleep(5);
        expect(await service.prune()).toBeGreaterThanOrEqual(1);
        expect(await service.getExecution("short-lived", transaction.transactionId)).toBeUndefined();
      });
    });

    describe("timeouts", () => {
      it("a step past its timeout fails the run; its late result and earlier steps are compensated", async () => {
        log.length = 0;
        const events: string[] = [];
        service.subscribe({
          workflowId: "step-timeout",
          subscriber: (e) => {
            events.push(e.eventType);
          },
        });
        await expect(stepTimeout(container).run()).rejects.toMatchObject({
          name: "StepTimeoutError",
          message: "Step slow timed out after 0.05s",
        });
        expect(log).toEqual(["undo before"]);
        expect(events).toContain("onTimeout");
        openGate();
        for (let i = 0; i < 100 && log.length < 3; i++) await sleep(10);
        expect(log).toEqual(["undo before", "slow finished late", "undo late-undo"]);
      });

      it("a workflow past its timeout compensates the steps it completed", async () => {
        log.length = 0;
        const { transaction, errors } = await workflowTimeout(container).run({ throwOnError: false });
        expect(transaction.status).toBe("reverted");
        expect(errors[0]?.error.name).toBe("WorkflowTimeoutError");
        expect(transaction.steps["tick-3"]?.status).toBe("not_started");
        expect(log).toEqual(["undo tick-1"]);
        // tick-2's late result is undone once it arrives.
        openTick2();
        for (let i = 0; i < 1000 && log.length < 2; i++) await sleep(10);
        expect(log).toEqual(["undo tick-1", "undo tick-2"]);
      });
    });
  },
});
