import { describe, expect, it } from "vitest";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { nextListener } from "../src/framework/test-utils/events.ts";
import { nextWorkflowSubscriber } from "../src/framework/test-utils/workflow-progress.ts";
import { integrationTestRunner, type TestApi } from "../src/framework/test-utils/runners.ts";
import { createCustomerAccount } from "../src/framework/test-utils/auth-clients.ts";
import { loadJobs } from "../src/framework/jobs/setup.ts";
import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowResponse,
  workflowEngine,
} from "../src/framework/workflows/index.ts";
import { emitEventStep, emitEventStepId } from "../src/workflows/common/steps/emit-event.ts";
import { createProductsWorkflow } from "../src/workflows/product/create-products.ts";
import type { RecordingNotificationProvider } from "../src/modules/notification/providers/recording.ts";
import type { TesseraContainer } from "../src/framework/container/container.ts";

const executor = process.env.REDIS_URL ? "BullMQ on Redis" : "in-process";

function socket(api: TestApi): Client {
  return createClient({
    url: `${api.url.replace("http", "ws")}/graphql`,
    webSocketImpl: WebSocket,
    lazy: false,
    connectionParams: { authorization: api.adminHeaders.authorization ?? "" },
  });
}

/** Collects a subscription's payloads until `until` says enough. */
function collect<T>(client: Client, query: string, until: (items: T[]) => boolean): Promise<T[]> {
  const items: T[] = [];
  return new Promise((resolve, reject) => {
    const unsubscribe = client.subscribe<T>(
      { query },
      {
        next: (value) => {
          if (value.data) items.push(value.data);
          if (until(items)) {
            unsubscribe();
            resolve(items);
          }
        },
        error: reject,
        complete: () => resolve(items),
      },
    );
  });
}

/** Replaces logger.info while `run` runs and returns what was logged. */
async function logged(
  container: TesseraContainer,
  run: () => Promise<unknown>,
  until?: (lines: string[]) => boolean,
): Promise<string[]> {
  const logger = container.resolve("logger");
  const lines: string[] = [];
  const original = logger.info.bind(logger);
  logger.info = ((first: unknown, second?: unknown) => {
    lines.push(typeof first === "string" ? first : String(second ?? ""));
  }) as typeof logger.info;
  try {
    await run();
    for (let i = 0; i < 100 && until && !until(lines); i++) await new Promise((r) => setTimeout(r, 20));
  } finally {
    logger.info = original;
  }
  return lines;
}

const CREATE =
  "mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id title } userErrors { message } } }";

integrationTestRunner({
  project: "examples/seed",
  config: {
    modules: [
      { resolve: "./modules/hello" },
      { resolve: "./modules/notification", options: { defaultProvider: "test" } },
    ],
  },
  testSuite: ({ api, getContainer }) => {
    describe(`domain events and live progress (${executor})`, () => {
      it("a product created through GraphQL reaches graphql-ws subscribers and the seed's product-created subscriber", async () => {
        const listening = nextListener(getContainer().resolve("eventBus"));
        const client = socket(api);
        const received = collect<{ events: { name: string; data: { id: string } } }>(
          client,
          `subscription { events(names: ["product.created"]) { name data } }`,
          (items) => items.length >= 1,
        );
        await listening;
        let id = "";
        const lines = await logged(
          getContainer(),
          async () => {
            const res = await api.graphql<{ createProduct: { product: { id: string } } }, Record<string, unknown>>(
              CREATE,
              { input: { title: "Evented Shirt" } },
            );
            id = res.data?.createProduct.product.id ?? "";
            await received;
            await getContainer().resolve("eventBus").drain();
          },
          (l) => l.includes("The product Evented Shirt was created"),
        );
        await client.dispose();
        expect((await received).map((e) => e.events)).toEqual([{ name: "product.created", data: { id } }]);
        expect(lines).toContain("The product Evented Shirt was created");
      });

      it("streams a workflow run's progress, from onBegin to onFinish", async () => {
        // graphql-ws does not acknowledge a subscribe: the server subscribing to the engine is the sign.
        const subscribed = nextWorkflowSubscriber(getContainer().resolve("workflows"));
        const client = socket(api);
        const progress = collect<{
          workflowExecution: { eventType: string; step: { id: string } | null; status: string | null };
        }>(
          client,
          `subscription { workflowExecution(transactionId: "watch-create-1", workflowId: "create-products") { eventType step { id } status } }`,
          (items) => items.some((i) => i.workflowExecution.eventType === "onFinish"),
        );
        await subscribed;
        const res = await api.graphql<{ createProduct: { userErrors: unknown[] } }, Record<string, unknown>>(CREATE, {
          input: { title: "Watched Shirt", idempotencyKey: "watch-create-1" },
        });
        expect(res.data?.createProduct.userErrors).toEqual([]);
        const events = (await progress).map((p) => p.workflowExecution);
        await client.dispose();
        expect(events[0]?.eventType).toBe("onBegin");
        expect(events.filter((e) => e.eventType === "onStepSuccess").map((e) => e.step?.id)).toContain(
          "create-products",
        );
        expect(events.at(-1)).toMatchObject({ eventType: "onFinish", status: "done" });
      });

      it("holds a workflow's events until it succeeds and drops them when it compensates, nested runs included", async () => {
        const container = getContainer();
        const bus = container.resolve("eventBus");
        // Earlier tests' product.created deliveries must settle before this one listens.
        await bus.drain();
        const seen: string[] = [];
        bus.subscribe({
          events: ["test.held", "product.created"],
          subscriberId: "held-recorder",
          attempts: 1,
          backoff: 1,
          handler: ({ event }) => {
            seen.push(event.name);
          },
        });
        const failAfter = createStep("fail-after-events", async () => {
          throw new Error("refused");
        });
        const okStep = createStep("ok-after-events", async () => new StepResponse("ok"));
        const failing = createWorkflow("emit-then-fail", () => {
          emitEventStep([{ name: "test.held", data: {} }]);
          createProductsWorkflow.runAsStep({ input: { products: [{ title: "Never Announced" }] } });
          failAfter();
        });
        const succeeding = createWorkflow("emit-then-succeed", () => {
          emitEventStep([{ name: "test.held", data: {} }]);
          return new WorkflowResponse(okStep());
        });
        const failed = await failing(container).run({ throwOnError: false });
        expect(failed.errors.length).toBeGreaterThan(0);
        await bus.drain();
        expect(seen).toEqual([]);
        expect(await container.resolve("product").listProducts({ title: "Never Announced" })).toEqual([]);
        await succeeding(container).run();
        await bus.drain();
        expect(seen).toEqual(["test.held"]);
      });

      it("writes a workflow's events to the outbox, held, before it stores their step done, and releases them at its end", async () => {
        const container = getContainer();
        const outbox = () => container.resolve("db").prisma.eventOutbox.findMany({ where: { name: "test.parked" } });
        const waitForIt = createStep({ name: "wait-after-events", async: true }, async () => undefined);
        const parked = createWorkflow("emit-then-wait", () => {
          emitEventStep([{ name: "test.parked", data: {} }]);
          return new WorkflowResponse(waitForIt());
        });
        const { transaction } = await parked(container).run();
        expect(transaction.status).toBe("waiting");
        // The run's row says the emit is done: its event is in the database (held), not only in memory.
        const stored = await workflowEngine(container).getExecution("emit-then-wait", transaction.transactionId);
        expect(stored?.steps[emitEventStepId]?.status).toBe("done");
        expect(await outbox()).toMatchObject([{ group_id: transaction.transactionId, released_at: null }]);
        const finished = await workflowEngine(container).setStepSuccess({
          idempotencyKey: {
            workflowId: "emit-then-wait",
            transactionId: transaction.transactionId,
            stepId: "wait-after-events",
            action: "invoke",
          },
          stepResponse: "resolved",
        });
        expect(finished.transaction.status).toBe("done");
        await container.resolve("eventBus").drain();
        expect(await outbox()).toEqual([]);
      });

      it("runs the reset-password flow end to end: auth.password_reset, the seed's subscriber, a notification with the link", async () => {
        await createCustomerAccount(api, "reset.me@example.com", "first password");
        const reset = await api.anonymous.post("/auth/customer/emailpass/reset-password", {
          identifier: "reset.me@example.com",
        });
        expect(reset.status).toBe(201);
        const provider = getContainer().resolve("notification").getProvider<RecordingNotificationProvider>("test");
        const isReset = (m: { to: string; template: string }) =>
          m.to === "reset.me@example.com" && m.template === "reset-password-template";
        for (let i = 0; i < 200 && !provider.sent.some(isReset); i++) await new Promise((r) => setTimeout(r, 25));
        const message = provider.sent.find(isReset);
        expect(
          await getContainer().resolve("eventBusModule").listEventFailures({ event_name: "auth.password_reset" }),
        ).toEqual([]);
        expect(provider.sent.map((m) => m.to)).toContain("reset.me@example.com");
        expect(message).toMatchObject({ channel: "email", template: "reset-password-template" });
        const url = new URL(String(message?.data.url));
        // The seed's verbatim subscriber (examples/seed/src/subscribers/handle-reset.ts) replaces the product's.
        expect(url.origin).toBe("https://storefront.com");
        expect(provider.sent.filter(isReset)).toHaveLength(1);
        const updated = await api.anonymous.post("/auth/customer/emailpass/update", {
          token: url.searchParams.get("token"),
          password: "second password",
        });
        expect(updated.status).toBe(200);
        const login = await api.anonymous.post<{ token?: string }>("/auth/customer/emailpass", {
          email: "reset.me@example.com",
          password: "second password",
        });
        expect(login.data.token).toBeTruthy();
      });

      it("runs the seed's workflow-running subscriber (user.created) and job", async () => {
        const container = getContainer();
        const [user] = await container.resolve("user").listUsers({}, { take: 1 });
        const failuresBefore = await container
          .resolve("eventBusModule")
          .listEventFailures({ event_name: "user.created" });
        const fromSubscriber = await logged(
          container,
          async () => {
            await container.resolve("eventBus").emit({ name: "user.created", data: { id: user?.id } });
            await container.resolve("eventBus").drain();
          },
          (l) => l.some((line) => line.includes("Hello")),
        );
        expect(await container.resolve("eventBusModule").listEventFailures({ event_name: "user.created" })).toEqual(
          failuresBefore,
        );
        expect(fromSubscriber.filter((line) => line.startsWith("Hello"))).toEqual([
          expect.stringMatching(/^Hello, World! Hello .+!$/),
        ]);
        const job = (await loadJobs()).find((j) => j.config.name === "run-once-a-day");
        expect(job?.config.schedule).toBe("0 0 * * *");
        const fromJob = await logged(container, async () => {
          await job?.handler(container);
        });
        expect(fromJob).toContain("Hello, World! Hello John!");
      });
    });
  },
});
