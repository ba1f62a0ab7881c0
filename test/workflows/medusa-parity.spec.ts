import { describe, expect, it } from "vitest";
import { withUserErrors } from "../../src/framework/graphql/user-errors.ts";
import { moduleIntegrationTestRunner } from "../../src/framework/test-utils/runners.ts";
import {
  createHook,
  createStep,
  createWorkflow,
  StepResponse,
  when,
  WorkflowComposerError,
  type WorkflowEvent,
  WorkflowResponse,
} from "../../src/framework/workflows/index.ts";
import type WorkflowEngineService from "../../src/modules/workflow-engine/service.ts";

// Medusa code moved over with only its imports changed must behave as it does in Medusa.

const calls: string[] = [];
const hello = createStep("parity-hello", async (name: string) => {
  calls.push(`hello ${name}`);
  return new StepResponse(`Hello ${name}`);
});
const shout = createStep("parity-shout", async (text: string) => new StepResponse(text.toUpperCase()));
const greet = createWorkflow("parity-greet", (input: { name: string }) => {
  const message = hello(input.name);
  return new WorkflowResponse({ message: shout(message) });
});

// The seed's "Run Workflow in Another" writes `async (input) =>`.
const asyncComposed = createWorkflow("parity-async", async (input: { name: string }) => {
  const nested = greet.runAsStep({ input });
  return new WorkflowResponse(nested);
});
const awaiting = createWorkflow("parity-awaiting", async (input: { name: string }) => {
  await Promise.resolve();
  return new WorkflowResponse(hello(input.name));
});

// A step used twice, the second use named with `.config({ name })`.
const twice = createWorkflow("parity-twice", (input: { a: string; b: string }) => {
  const first = hello(input.a);
  const second = hello(input.b).config({ name: "parity-hello-again" });
  return new WorkflowResponse({ first, second });
});

const named = createWorkflow("parity-named-when", (input: { loud: boolean }) => {
  const loud = when("is-loud", input, (i) => i.loud).then(() => shout("yes"));
  return new WorkflowResponse(loud);
});

const broken = (name: string, options: Record<string, unknown>) =>
  createStep({ name, ...options }, async () => {
    throw new Error(`${name} broke`);
  });
const after = (name: string) =>
  createStep(name, async () => {
    calls.push(name);
    return new StepResponse(name);
  });
const continuing = createWorkflow("parity-continue", () => {
  broken("cont-broken", { continueOnPermanentFailure: true })();
  return new WorkflowResponse(after("cont-after")());
});
const skipping = createWorkflow("parity-skip", () => {
  broken("skip-broken", { skipOnPermanentFailure: true })();
  after("skip-a")();
  return new WorkflowResponse(after("skip-b")());
});
const skippingUntil = createWorkflow("parity-skip-until", () => {
  broken("until-broken", { skipOnPermanentFailure: "until-b" })();
  after("until-a")();
  return new WorkflowResponse(after("until-b")());
});

// backgroundExecution: run answers once the step has begun; the step waits on a gate the test opens.
let openGate: () => void = () => undefined;
let gate = Promise.resolve();
const slow = createStep({ name: "parity-slow", backgroundExecution: true }, async () => {
  await gate;
  return new StepResponse("slow done");
});
const background = createWorkflow("parity-background", () => new WorkflowResponse(slow()));

const thing = createStep("parity-thing", async () => new StepResponse({ id: "thing_1" }));
const hooked = createWorkflow("parity-hooked", () => {
  const made = thing();
  const thingMade = createHook("thingMade", { id: made.id });
  return new WorkflowResponse(made, { hooks: [thingMade] });
});
hooked.hooks.thingMade(() => {
  throw new Error('relation "secret_table" does not exist');
});

moduleIntegrationTestRunner<WorkflowEngineService>({
  moduleName: "workflows",
  resolve: "./modules/workflow-engine",
  testSuite: ({ container, service }) => {
    describe("run options as in Medusa", () => {
      it("is idempotent by context.transactionId: the second run answers the first one's result", async () => {
        calls.length = 0;
        const first = await greet(container).run({ input: { name: "ada" }, context: { transactionId: "parity-t1" } });
        const second = await greet(container).run({ input: { name: "bob" }, context: { transactionId: "parity-t1" } });
        expect(first.transaction.transactionId).toBe("parity-t1");
        // Typed without undefined: the seed's `result.message` type-checks.
        expect(first.result.message).toBe("HELLO ADA");
        expect(second.result).toEqual(first.result);
        expect(calls).toEqual(["hello ada"]);
      });

      it("answers resultFrom's step output and calls the run's events callbacks", async () => {
        const seen: string[] = [];
        const record = (event: WorkflowEvent) =>
          seen.push(`${event.eventType}${event.step ? ` ${event.step.id}` : ""}`);
        const { result } = await greet(container).run({
          input: { name: "cy" },
          resultFrom: "parity-hello",
          events: { onBegin: record, onStepBegin: record, onStepSuccess: record, onFinish: record },
        });
        expect(result).toBe("Hello cy");
        expect(seen).toEqual([
          "onBegin",
          "onStepBegin parity-hello",
          "onStepSuccess parity-hello",
          "onStepBegin parity-shout",
          "onStepSuccess parity-shout",
          "onFinish",
        ]);
        // The callbacks belonged to that run alone.
        seen.length = 0;
        await greet(container).run({ input: { name: "di" } });
        expect(seen).toEqual([]);
      });
    });

    describe("composition as in Medusa", () => {
      it("accepts an async composer that does not await, and explains one that does", async () => {
        const { result } = await asyncComposed(container).run({ input: { name: "ed" } });
        expect(result).toEqual({ message: "HELLO ED" });
        const refused = awaiting(container).run({ input: { name: "fi" } });
        await expect(refused).rejects.toThrow(WorkflowComposerError);
        await expect(refused).rejects.toThrow(/async composer awaited something/);
      });

      it("runs a step twice when the second use is named with config({ name })", async () => {
        const { result, transaction } = await twice(container).run({ input: { a: "gus", b: "hal" } });
        expect(result).toEqual({ first: "Hello gus", second: "Hello hal" });
        expect(transaction.steps["parity-hello-again"]?.status).toBe("done");
        expect(() =>
          createWorkflow("parity-clash", () => {
            shout("x");
            hello("y").config({ name: "parity-shout" });
          }),
        ).toThrow(/already has a step named "parity-shout"/);
      });

      it("takes a named when", async () => {
        expect((await named(container).run({ input: { loud: true } })).result).toBe("YES");
        expect((await named(container).run({ input: { loud: false } })).result).toBeUndefined();
      });
    });

    describe("step failure options", () => {
      it("continueOnPermanentFailure: the workflow goes on and finishes done", async () => {
        calls.length = 0;
        const { result, transaction, errors } = await continuing(container).run();
        expect(transaction.status).toBe("done");
        expect(result).toBe("cont-after");
        expect(transaction.steps["cont-broken"]?.status).toBe("permanent_failure");
        expect(errors[0]?.error.message).toBe("cont-broken broke");
      });

      it("skipOnPermanentFailure skips every later step, or those up to the named one", async () => {
        calls.length = 0;
        const all = await skipping(container).run();
        expect(all.transaction.status).toBe("done");
        expect(all.transaction.steps["skip-broken"]?.status).toBe("skipped_failure");
        expect([all.transaction.steps["skip-a"]?.status, all.transaction.steps["skip-b"]?.status]).toEqual([
          "skipped",
          "skipped",
        ]);
        const until = await skippingUntil(container).run();
        expect(until.transaction.steps["until-a"]?.status).toBe("skipped");
        expect(until.result).toBe("until-b");
        expect(calls).toEqual(["until-b"]);
      });

      it("backgroundExecution: run answers once the step began, and the run finishes later", async () => {
        gate = new Promise<void>((resolve) => {
          openGate = resolve;
        });
        const { transaction, result } = await background(container).run({ context: { transactionId: "parity-bg" } });
        expect(transaction.status).toBe("invoking");
        expect(result).toBeUndefined();
        const finished = new Promise<WorkflowEvent>((resolve) =>
          service.subscribe({
            workflowId: "parity-background",
            transactionId: "parity-bg",
            subscriber: (event) => (event.eventType === "onFinish" ? resolve(event) : undefined),
          }),
        );
        openGate();
        expect(await finished).toMatchObject({ status: "done", result: "slow done" });
        expect((await service.getExecution("parity-background", "parity-bg"))?.status).toBe("done");
      });
    });

    describe("hooks", () => {
      it("refuses a second handler for the same hook", () => {
        expect(() => hooked.hooks.thingMade(() => undefined)).toThrow(/already has a handler/);
      });

      it("a hook's plain Error becomes the mutation's userError, without its internal text", async () => {
        const answer = await withUserErrors(async () => (await hooked(container).run()).result);
        expect(answer.userErrors).toEqual([
          { field: null, message: "Refused by the thingMade hook", code: "NOT_ALLOWED" },
        ]);
        expect(JSON.stringify(answer)).not.toContain("secret_table");
        // The run itself keeps the original error for the logs and the stored execution.
        const failed = await hooked(container).run({ throwOnError: false });
        expect(failed.errors[0]?.error.message).toBe('relation "secret_table" does not exist');
      });
    });
  },
});
