import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type TesseraApp } from "../../src/framework/app.ts";
import { resolveConfig } from "../../src/framework/config/load-config.ts";
import { clearRedisPrefix } from "../../src/framework/test-utils/runners.ts";
import { createTestDatabase, type TestDatabase } from "../../src/framework/test-utils/test-database.ts";
import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowResponse,
  type WorkflowEvent,
} from "../../src/framework/workflows/index.ts";

const ranIn: string[] = [];
const greet = createStep("greet", async (name: string, { container }) => {
  ranIn.push(container.resolve("configModule").projectConfig.workerMode);
  return new StepResponse(`Hello ${name}`);
});
const greeting = createWorkflow("greeting", (name: string) => new WorkflowResponse(greet(name)));

// One Redis prefix for both: they are two processes of one deployment.
const redisPrefix = `tessera-test-split-${process.pid}`;
let database: TestDatabase;
let server: TesseraApp;
let worker: TesseraApp;

beforeAll(async () => {
  database = await createTestDatabase();
  const boot = (workerMode: "server" | "worker") =>
    createApp({
      config: resolveConfig({ projectConfig: { workerMode, jobsEnabled: false, redisPrefix } }),
      database: database.db,
      migrate: false,
    });
  server = await boot("server");
  worker = await boot("worker");
});
afterAll(async () => {
  await server.close();
  await worker.close();
  await clearRedisPrefix(server.config);
  await database.dispose();
});

describe("a server process and a worker process", () => {
  it("the server's subscriber hears every event of a run, wherever its steps ran", async () => {
    const events: WorkflowEvent[] = [];
    server.container.resolve("workflows").subscribe({
      workflowId: "greeting",
      subscriber: (e) => {
        events.push(e);
      },
    });
    const { result, transaction } = await greeting(server.container).run({ input: "Ada" });
    expect(result).toBe("Hello Ada");
    // With REDIS_URL the step runs as a job in the worker process; without, where run() was called.
    expect(ranIn).toEqual([process.env.REDIS_URL ? "worker" : "server"]);
    for (let i = 0; i < 100 && events.at(-1)?.eventType !== "onFinish"; i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(events.map((e) => e.eventType)).toEqual(["onBegin", "onStepBegin", "onStepSuccess", "onFinish"]);
    expect(events.every((e) => e.transactionId === transaction.transactionId)).toBe(true);
    expect(events.at(-1)?.result).toBe("Hello Ada");
  });
});
