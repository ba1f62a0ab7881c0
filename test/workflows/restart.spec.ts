import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type TesseraApp } from "../../src/framework/app.ts";
import { resolveConfig } from "../../src/framework/config/load-config.ts";
import { clearRedisPrefix } from "../../src/framework/test-utils/runners.ts";
import { createTestDatabase, type TestDatabase } from "../../src/framework/test-utils/test-database.ts";
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "../../src/framework/workflows/index.ts";

const calls: string[] = [];
const prepare = createStep("prepare", async () => {
  calls.push("prepare");
  return new StepResponse("prepared");
});
const confirmation = createStep({ name: "confirmation", async: true }, async () => {
  calls.push("confirmation");
});
const finish = createStep(
  "finish",
  async (input: { prepared: string; confirmed: string }) => new StepResponse(`${input.prepared}+${input.confirmed}`),
);
const awaiting = createWorkflow("survives-restart", () => {
  const prepared = prepare();
  const confirmed = confirmation();
  return new WorkflowResponse(finish({ prepared, confirmed }));
});

// The first attempt of `deliver` never finishes: the process "dies" in the middle of it.
let deliveries = 0;
const deliver = createStep("deliver", async () => {
  deliveries++;
  if (deliveries === 1) await new Promise(() => undefined);
  return new StepResponse("delivered");
});
const interrupted = createWorkflow("interrupted-mid-step", () => {
  prepare();
  return new WorkflowResponse(deliver());
});

let database: TestDatabase;
const apps: TesseraApp[] = [];
// Both apps share one Redis prefix, as two processes of one deployment do.
const config = resolveConfig({
  projectConfig: { jobsEnabled: false, redisPrefix: `tessera-test-restart-${process.pid}` },
});
const boot = async () => {
  const app = await createApp({ config, database: database.db, migrate: false });
  apps.push(app);
  return app;
};

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await clearRedisPrefix(config);
  await database.dispose();
});

describe("executions survive a restart", () => {
  it("a waiting workflow resumes in a new app, and a run interrupted mid-step is picked up at start", async () => {
    const first = await boot();
    const { transaction } = await awaiting(first.container).run({ transactionId: "restart-1" });
    expect(transaction.status).toBe("waiting");
    void interrupted(first.container)
      .run({ transactionId: "crash-1" })
      .catch(() => undefined);
    const engine = first.container.resolve("workflows");
    for (
      let i = 0;
      i < 200 && (await engine.getExecution("interrupted-mid-step", "crash-1"))?.steps.deliver?.status !== "invoking";
      i++
    ) {
      await new Promise((r) => setTimeout(r, 10));
    }
    await first.close();
    apps.length = 0;
    calls.length = 0;

    const second = await boot();
    // In-process, the new app resumes it while starting; on BullMQ, its worker takes the job over once the dead one's lock expires.
    // That is up to the lock's 10 s under test (workflow-engine/service.ts) after its last renewal, plus
    // a stalled check every 5 s: 15 s at worst, which a 10 s wait missed when the timings lined up.
    const takeOverMs = 10_000 + 5_000 + 5_000;
    let resumed = await second.container.resolve("workflows").getExecution("interrupted-mid-step", "crash-1");
    for (let i = 0; i < takeOverMs / 100 && resumed?.status !== "done"; i++) {
      await new Promise((r) => setTimeout(r, 100));
      resumed = await second.container.resolve("workflows").getExecution("interrupted-mid-step", "crash-1");
    }
    expect(resumed).toMatchObject({ status: "done", result: "delivered" });
    expect(resumed?.steps.deliver?.attempts).toBe(2);
    expect(deliveries).toBe(2);
    const done = await second.container.resolve("workflows").setStepSuccess({
      idempotencyKey: {
        action: "invoke",
        workflowId: "survives-restart",
        transactionId: "restart-1",
        stepId: "confirmation",
      },
      stepResponse: new StepResponse("confirmed"),
    });
    expect(done.result).toBe("prepared+confirmed");
    // Completed steps were not run again by either resumption.
    expect(calls).toEqual([]);
  });
});
