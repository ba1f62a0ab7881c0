import { describe, expect, it } from "vitest";
import { integrationTestRunner } from "../../src/framework/test-utils/runners.ts";
import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowResponse,
  type Execution,
} from "../../src/framework/workflows/index.ts";
import type WorkflowEngineService from "../../src/modules/workflow-engine/service.ts";
import { defineWorkerKillBurstTest } from "./worker-kill-burst.ts";

// A run nobody touches for this long is recovered (the default is a minute).
process.env.WORKFLOW_STALE_AFTER_MS = "1500";

const executor = process.env.REDIS_URL ? "BullMQ on Redis" : "in-process";
const undone: string[] = [];
const reserve = createStep(
  "stuck-reserve",
  async (sku: string) => new StepResponse(`reserved ${sku}`, sku),
  async (sku: string) => {
    undone.push(sku);
  },
);
const ship = createStep("stuck-ship", async (reserved: string) => new StepResponse(`${reserved}, shipped`));
createWorkflow("stuck-order", (sku: string) => new WorkflowResponse(ship(reserve(sku))));
createWorkflow({ name: "stuck-timed", timeout: 2 }, (sku: string) => new WorkflowResponse(ship(reserve(sku))));

/** The row a process killed inside the second step leaves behind: first step done, second running, not touched since `ago`. */
async function leaveInterrupted(
  service: WorkflowEngineService,
  workflowId: string,
  transactionId: string,
  startedMsAgo: number,
): Promise<void> {
  const startedAt = new Date(Date.now() - startedMsAgo).toISOString();
  const execution: Execution = {
    workflowId,
    transactionId,
    status: "invoking",
    input: "sku-1",
    metadata: {},
    errors: [],
    startedAt,
    steps: {
      "stuck-reserve": {
        status: "done",
        attempts: 1,
        errors: [],
        output: "reserved sku-1",
        compensateInput: "sku-1",
        startedAt,
        finishedAt: startedAt,
      },
      "stuck-ship": { status: "invoking", attempts: 1, errors: [], startedAt },
    },
  };
  await service.store.insert(execution);
  await service.store.save(execution, undefined);
}

const within = async <T>(ms: number, what: string, promise: Promise<T>): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
};

integrationTestRunner({
  testSuite: ({ getContainer }) => {
    describe(`runs a killed process left invoking (${executor})`, () => {
      it("are resumed by the sweeper, and a caller retrying the same transaction gets the result", async () => {
        const service = getContainer().resolve("workflows") as unknown as WorkflowEngineService;
        await leaveInterrupted(service, "stuck-order", "stuck-tx-1", 1_000);
        // The caller's idempotent retry: on main it answered at once with a run still `invoking`, or waited for ever.
        const answer = await within(
          60_000,
          "the retried run",
          service.run<string, string>("stuck-order", { transactionId: "stuck-tx-1", input: "sku-1" }),
        );
        expect(answer.transaction.status).toBe("done");
        expect(answer.result).toBe("reserved sku-1, shipped");
        const stored = await service.getExecution("stuck-order", "stuck-tx-1");
        expect(stored?.steps["stuck-reserve"]?.attempts).toBe(1); // the finished step did not run again
        expect(undone).toEqual([]);
      }, 90_000);

      it("are compensated when past their workflow's timeout", async () => {
        const service = getContainer().resolve("workflows") as unknown as WorkflowEngineService;
        await leaveInterrupted(service, "stuck-timed", "stuck-tx-2", 60_000);
        const answer = await within(
          60_000,
          "the retried run",
          service.run<string, string>("stuck-timed", {
            transactionId: "stuck-tx-2",
            input: "sku-1",
            throwOnError: false,
          }),
        );
        expect(answer.transaction.status).toBe("reverted");
        expect(answer.errors.map((e) => e.error.name)).toContain("WorkflowTimeoutError");
        expect(undone).toEqual(["sku-1"]);
      }, 90_000);

      it("of a workflow this process has not registered yet are left alone, then finished once it is", async () => {
        const service = getContainer().resolve("workflows") as unknown as WorkflowEngineService;
        await leaveInterrupted(service, "stuck-late", "stuck-tx-4", 1_000);
        // Once it is stale (1.5 s untouched) a sweep passes it by: neither failed nor undone.
        const deadline = Date.now() + 30_000;
        while (
          !(await service.store.listStale(new Date(Date.now() - 1_500))).some(
            (s) => s.execution.transactionId === "stuck-tx-4",
          )
        ) {
          if (Date.now() > deadline) throw new Error("the run never became stale");
          await new Promise((r) => setTimeout(r, 100));
        }
        expect(await service.recoverStale()).toBe(0);
        expect((await service.getExecution("stuck-late", "stuck-tx-4"))?.status).toBe("invoking");
        createWorkflow("stuck-late", (sku: string) => new WorkflowResponse(ship(reserve(sku))));
        const answer = await within(
          60_000,
          "the retried run",
          service.run<string, string>("stuck-late", { transactionId: "stuck-tx-4", input: "sku-1" }),
        );
        expect(answer.transaction.status).toBe("done");
        expect(answer.result).toBe("reserved sku-1, shipped");
      }, 90_000);

      it("is recovered by one process only when several sweep at once", async () => {
        const service = getContainer().resolve("workflows") as unknown as WorkflowEngineService;
        // A workflow this process does not know, so its own sweeper stays out of the race.
        await leaveInterrupted(service, "stuck-elsewhere", "stuck-tx-3", 1_000);
        const stale = (await service.store.listStale(new Date(Date.now() + 1_000))).find(
          (s) => s.execution.transactionId === "stuck-tx-3",
        );
        expect(stale).toBeDefined();
        if (!stale) return;
        // Four sweepers see the same stale row: the conditional update lets exactly one take it.
        const claims = await Promise.all(
          [1, 2, 3, 4].map(() => service.store.claimStale("stuck-elsewhere", "stuck-tx-3", stale.updatedAt)),
        );
        expect(claims.filter(Boolean)).toHaveLength(1);
      });
    });
  },
});

// The process fault test needs a server and a worker on PostgreSQL and Redis; the tests above are its embedded variant.
if (process.env.REDIS_URL && process.env.TEST_DATABASE_URL) defineWorkerKillBurstTest();
