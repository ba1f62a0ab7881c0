import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type TesseraApp } from "../../src/framework/app.ts";
import { resolveConfig } from "../../src/framework/config/load-config.ts";
import { createTestDatabase, type TestDatabase } from "../../src/framework/test-utils/test-database.ts";
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "../../src/framework/workflows/index.ts";
import type WorkflowEngineService from "../../src/modules/workflow-engine/service.ts";

// Two runs that hold a secret, and whose process "dies" in their second step.
const undone: unknown[] = [];
let hang = true;
const stall = createStep("stall", async () => {
  if (hang) await new Promise(() => undefined);
});
const issueById = createStep(
  "issue-by-id",
  async () => new StepResponse({ id: "thing_1", token: "secret-one" }, "thing_1"),
  (id) => {
    undone.push(id);
  },
);
const issueBySecret = createStep(
  "issue-by-secret",
  async () => new StepResponse({ token: "secret-two" }, { token: "secret-two" }),
  (input) => {
    undone.push(input);
  },
);
const undoableRun = createWorkflow({ name: "redacted-undoable", redact: ["token"] }, () => {
  const issued = issueById();
  stall();
  return new WorkflowResponse(issued);
});
const stuckRun = createWorkflow({ name: "redacted-stuck", redact: ["token"] }, () => {
  const issued = issueBySecret();
  stall();
  return new WorkflowResponse(issued);
});

let database: TestDatabase;
const apps: TesseraApp[] = [];
const config = resolveConfig({ projectConfig: { jobsEnabled: false } });
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
  await database.dispose();
});

// With Redis a starting process cannot tell a dead run from one another process is running, so
// it leaves a redacting run alone; in-process, the next start owns every unfinished run.
const shared = Boolean(process.env.REDIS_URL);
describe("a redacting run cut short by a crash", () => {
  it(
    shared
      ? "is left untouched by the next start: another process may still be running it"
      : "is compensated at the next start when its compensation needs no secret, else left failed untouched",
    async () => {
      const first = await boot();
      const engine = first.container.resolve("workflows");
      void undoableRun(first.container)
        .run({ transactionId: "cut-1" })
        .catch(() => undefined);
      void stuckRun(first.container)
        .run({ transactionId: "cut-2" })
        .catch(() => undefined);
      const stalled = async (workflowId: string, id: string) =>
        (await engine.getExecution(workflowId, id))?.steps.stall?.status === "invoking";
      for (
        let i = 0;
        i < 200 && !((await stalled("redacted-undoable", "cut-1")) && (await stalled("redacted-stuck", "cut-2")));
        i++
      )
        await new Promise((r) => setTimeout(r, 10));
      await first.close();
      apps.length = 0;
      hang = false;

      const second = await boot();
      const workflows = second.container.resolve("workflows");
      if (shared) {
        // The start (awaited by createApp) has resumed what it would; one sweep of stuck runs
        // then takes neither: both are too fresh to be stale, whoever runs them.
        expect(await (workflows as unknown as WorkflowEngineService).recoverStale()).toBe(0);
        expect(await workflows.getExecution("redacted-undoable", "cut-1")).toMatchObject({
          status: "invoking",
          steps: { "issue-by-id": { status: "done", output: { token: "[redacted]" } } },
        });
        expect(await workflows.getExecution("redacted-stuck", "cut-2")).toMatchObject({ status: "invoking" });
        expect(undone).toEqual([]);
        return;
      }
      expect(await workflows.getExecution("redacted-undoable", "cut-1")).toMatchObject({
        status: "reverted",
        steps: { "issue-by-id": { status: "reverted" }, stall: { status: "invoking" } },
      });
      const stuck = await workflows.getExecution("redacted-stuck", "cut-2");
      expect(stuck).toMatchObject({
        status: "failed",
        steps: { "issue-by-secret": { status: "done", output: { token: "[redacted]" } } },
      });
      expect(stuck?.errors.map((e) => e.error.name)).toEqual(["AbandonedRunError"]);
      // The stall step never ran again, and the only compensation got the id, never a redacted value.
      expect(undone).toEqual(["thing_1"]);
    },
  );
});
