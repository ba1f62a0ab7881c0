import { describe, expect, it } from "vitest";
import { integrationTestRunner } from "../../src/framework/test-utils/runners.ts";
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "../../src/framework/workflows/index.ts";

// The admin's runs list: `workflowExecutions`, newest first, narrowed by workflow, status and
// start time, for admins only, in a fixed number of statements.
const waitForAdmin = createStep({ name: "wait-for-admin", async: true }, async () => undefined);
const listedWaiting = createWorkflow("listed-waiting", () => new WorkflowResponse(waitForAdmin()));
const quick = createStep("quick", async () => new StepResponse("ok"));
const listedQuick = createWorkflow("listed-quick", () => new WorkflowResponse(quick()));

const RUNS = `query Runs($workflowId: String, $status: String, $startedAfter: DateTime, $startedBefore: DateTime, $first: Int) {
  workflowExecutions(workflowId: $workflowId, status: $status, startedAfter: $startedAfter, startedBefore: $startedBefore, first: $first) {
    totalCount
    edges { node { workflowId transactionId status steps { id status } } }
  }
}`;

type Runs = {
  workflowExecutions: {
    totalCount: number;
    edges: { node: { workflowId: string; transactionId: string; status: string; steps: { id: string }[] } }[];
  };
};

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("workflowExecutions", () => {
      it("lists runs newest first, filtered by workflow, status and start time", async () => {
        const before = new Date(Date.now() - 1000).toISOString();
        const waiting = await listedWaiting(getContainer()).run({ transactionId: "list-wait-1" });
        await listedQuick(getContainer()).run({ transactionId: "list-quick-1" });
        await listedQuick(getContainer()).run({ transactionId: "list-quick-2" });
        expect(waiting.transaction.transactionId).toBe("list-wait-1");

        const quickRuns = await api.graphql<Runs, Record<string, unknown>>(RUNS, { workflowId: "listed-quick" });
        expect(quickRuns.data?.workflowExecutions.totalCount).toBe(2);
        expect(quickRuns.data?.workflowExecutions.edges.map((e) => e.node.transactionId)).toEqual([
          "list-quick-2",
          "list-quick-1",
        ]);

        const waitingRuns = await api.graphql<Runs, Record<string, unknown>>(RUNS, {
          status: "waiting",
          startedAfter: before,
        });
        expect(waitingRuns.data?.workflowExecutions.edges.map((e) => e.node)).toEqual([
          {
            workflowId: "listed-waiting",
            transactionId: "list-wait-1",
            status: "waiting",
            steps: [{ id: "wait-for-admin", status: "waiting" }],
          },
        ]);

        const none = await api.graphql<Runs, Record<string, unknown>>(RUNS, { startedBefore: before });
        expect(none.data?.workflowExecutions.edges.filter((e) => e.node.workflowId.startsWith("listed-"))).toEqual([]);
      });

      it("reads a page in two statements (rows and count), whatever its size", async () => {
        const db = getContainer().resolve("db");
        await api.graphql(RUNS, { first: 1 });
        db.resetQueryCount();
        await api.graphql(RUNS, { first: 1 });
        const one = db.queryCount();
        db.resetQueryCount();
        await api.graphql(RUNS, { first: 50 });
        expect(db.queryCount()).toBe(one);
      });

      it("is for admins only", async () => {
        const res = await api.anonymous.graphql(RUNS, {});
        expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      });
    });
  },
});
