import { describe, expect, it } from "vitest";
import { moduleIntegrationTestRunner } from "../../src/framework/test-utils/runners.ts";
import {
  createStep,
  createWorkflow,
  StepResponse,
  TransactionHandlerType,
  transform,
  WorkflowResponse,
  type WorkflowEvent,
} from "../../src/framework/workflows/index.ts";
import type WorkflowEngineService from "../../src/modules/workflow-engine/service.ts";

// A nested workflow (runAsStep) that parks — a retry due later, an async step waiting — leaves the
// outer step waiting; when the nested run finishes, the outer run goes on with its real result
// (Medusa's behaviour). Before, the outer step took `undefined` and went on at once.
// Embedded: in-process timers; with REDIS_URL: BullMQ delayed jobs.

const log: string[] = [];

const prepare = createStep(
  "nested-prepare",
  async (name: string) => new StepResponse(`prepared ${name}`, name),
  async (name: string) => {
    log.push(`undo prepare ${name}`);
  },
);
const report = createStep("nested-report", async (value: string) => {
  log.push(`outer saw ${value}`);
  return new StepResponse(`outer saw ${value}`);
});

// Fails on its first call, succeeds on the retry two seconds later.
let flakyCalls = 0;
const flaky = createStep({ name: "nested-flaky", maxRetries: 1, retryInterval: 2 }, async () => {
  flakyCalls++;
  if (flakyCalls === 1) throw new Error("not yet");
  return new StepResponse(`ok after ${flakyCalls}`);
});
const innerRetry = createWorkflow("inner-retry", () => new WorkflowResponse(flaky()));
const outerRetry = createWorkflow("outer-retry", () => {
  prepare("retry");
  const inner = innerRetry.runAsStep({ input: undefined });
  return new WorkflowResponse(report(inner));
});

// Waits for someone to approve it.
const approval = createStep({ name: "nested-approval", async: true }, async () => undefined);
const innerApproval = createWorkflow("inner-approval", () => {
  const approved = approval();
  return new WorkflowResponse(transform({ approved }, ({ approved }) => `approved by ${String(approved)}`));
});
const outerApproval = createWorkflow("outer-approval", () => {
  prepare("approval");
  const inner = innerApproval.runAsStep({ input: undefined });
  return new WorkflowResponse(report(inner));
});

// Fails on the first call and on its retry: the nested run fails after it parked.
let doomedCalls = 0;
const doomed = createStep({ name: "nested-doomed", maxRetries: 1, retryInterval: 2 }, async () => {
  doomedCalls++;
  throw new Error(`down ${doomedCalls}`);
});
const innerDoomed = createWorkflow("inner-doomed", () => new WorkflowResponse(doomed()));
const outerDoomed = createWorkflow("outer-doomed", () => {
  prepare("doomed");
  const inner = innerDoomed.runAsStep({ input: undefined });
  return new WorkflowResponse(report(inner));
});

// A nested run that finishes at once, for the burst below.
const stamp = createStep("nested-stamp", async (n: number) => new StepResponse(`stamped ${n}`));
const innerStamp = createWorkflow("inner-stamp", (n: number) => new WorkflowResponse(stamp(n)));
const outerStamp = createWorkflow("outer-stamp", (n: number) => {
  const inner = innerStamp.runAsStep({ input: n });
  return new WorkflowResponse(report(inner));
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

    describe("nested workflows under load", () => {
      it("finish when more outer runs start at once than a worker takes jobs (20)", async () => {
        // Queued, each nested run used to wait for a worker slot its own outer step was holding.
        const runs = await Promise.all(
          Array.from({ length: 30 }, (_, n) => outerStamp(container).run({ input: n, transactionId: `stamp-${n}` })),
        );
        expect(runs.map((r) => r.result)).toEqual(Array.from({ length: 30 }, (_, n) => `outer saw stamped ${n}`));
      }, 120_000);
    });

    describe("a nested workflow that parks", () => {
      it("keeps the outer run waiting through the nested retry, then goes on with the nested result", async () => {
        log.length = 0;
        const transactionId = "outer-retry-1";
        const done = finished("outer-retry", transactionId);
        const first = await outerRetry(container).run({ transactionId });
        expect(first.transaction.status).toBe("waiting");
        expect(first.result).toBeUndefined();
        expect(log).toEqual([]);

        const event = await done;
        expect(event).toMatchObject({ status: "done", result: "outer saw ok after 2" });
        expect(log).toEqual(["outer saw ok after 2"]);
        expect(await service.getExecution("outer-retry", transactionId)).toMatchObject({
          status: "done",
          steps: { "inner-retry": { status: "done", output: "ok after 2" } },
        });
      });

      it("resumes the outer run when the nested run's async step is resolved", async () => {
        log.length = 0;
        const transactionId = "outer-approval-1";
        const done = finished("outer-approval", transactionId);
        const first = await outerApproval(container).run({ transactionId });
        expect(first.transaction.status).toBe("waiting");

        await service.setStepSuccess({
          idempotencyKey: {
            action: TransactionHandlerType.INVOKE,
            workflowId: "inner-approval",
            transactionId: `${transactionId}:inner-approval`,
            stepId: "nested-approval",
          },
          stepResponse: "ann",
        });
        const event = await done;
        expect(event).toMatchObject({ status: "done", result: "outer saw approved by ann" });
        expect(log).toEqual(["outer saw approved by ann"]);
      });

      it("compensates the outer run when the parked nested run fails for good", async () => {
        log.length = 0;
        const transactionId = "outer-doomed-1";
        const done = finished("outer-doomed", transactionId);
        const first = await outerDoomed(container).run({ transactionId, throwOnError: false });
        expect(first.transaction.status).toBe("waiting");

        const event = await done;
        expect(event.status).toBe("reverted");
        expect(doomedCalls).toBe(2);
        expect(log).toEqual(["undo prepare doomed"]);
        expect(event.errors?.[0]?.error.message).toBe("down 2");
      });

      it("rolls a waiting nested run back with its outer run", async () => {
        log.length = 0;
        const transactionId = "outer-approval-2";
        await outerApproval(container).run({ transactionId });
        const canceled = await outerApproval(container).cancel({ transactionId });
        expect(canceled.transaction.status).toBe("reverted");
        expect(log).toEqual(["undo prepare approval"]);
        expect((await service.getExecution("inner-approval", `${transactionId}:inner-approval`))?.status).toBe(
          "reverted",
        );
      });
    });
  },
});
