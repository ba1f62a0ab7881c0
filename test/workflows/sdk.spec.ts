import { describe, expect, it } from "vitest";
import { moduleIntegrationTestRunner } from "../../src/framework/test-utils/runners.ts";
import {
  createHook,
  createStep,
  createWorkflow,
  parallelize,
  StepResponse,
  transform,
  when,
  WorkflowComposerError,
  WorkflowResponse,
} from "../../src/framework/workflows/index.ts";
import type WorkflowEngineService from "../../src/modules/workflow-engine/service.ts";

const log: string[] = [];

// The seed's "Create a Workflow": two steps, the second taking the workflow input.
const step1 = createStep("step-1", async () => new StepResponse("Hello from step one!"));
const step2 = createStep(
  "step-2",
  async ({ name }: { name: string }) => new StepResponse(`Hello ${name} from step two!`),
);
const helloWorld = createWorkflow("two-step-hello", (input: { name: string }) => {
  const str1 = step1();
  const str2 = step2(input);
  return new WorkflowResponse({ message: str1, second: str2 });
});

// "Step with a Compensation Function": the third step fails, the first two roll back in reverse order.
const recorded = (name: string) =>
  createStep(
    name,
    async (n: number) => {
      log.push(`invoke ${name}`);
      return new StepResponse(n + 1, `${name}-undo`);
    },
    async (undo: string) => {
      log.push(`compensate ${undo}`);
    },
  );
const failing = createStep("failing", async () => {
  log.push("invoke failing");
  throw new Error("Oops! Something happened.");
});
const compensating = createWorkflow("compensating", (input: number) => {
  const a = recorded("first")(input);
  recorded("second")(a);
  failing();
  return new WorkflowResponse(a);
});

// "Manipulate Variables": transform.
const concat = createWorkflow("transform-wf", (input: { name: string }) => {
  const str1 = step1();
  const str2 = step2(input);
  const str3 = transform({ str1, str2 }, (data) => `${data.str1}${data.str2}`);
  return new WorkflowResponse(str3);
});

// "Using Conditions": when-then.
const isActiveStep = createStep("is-active", async () => new StepResponse("active"));
const anotherStep = createStep(
  "another",
  async (value: string | undefined) => new StepResponse(`after:${value ?? "nothing"}`),
);
const conditional = createWorkflow("when-wf", (input: { is_active: boolean }) => {
  const result = when(input, (i) => i.is_active).then(() => isActiveStep());
  const anotherStepResult = anotherStep(result);
  return new WorkflowResponse(anotherStepResult);
});

// "Expose a Hook" / "Consume a Workflow Hook".
const createThing = createStep(
  "create-thing",
  async (input: { title: string }) => new StepResponse({ id: `thing-${input.title}` }),
);
const hooked = createWorkflow("hooked-wf", (input: { title: string; fail?: boolean }) => {
  const thing = createThing(input);
  const thingCreated = createHook("thingCreated", { thingId: thing.id, fail: input.fail });
  return new WorkflowResponse(thing, { hooks: [thingCreated] });
});
const hookCalls: string[] = [];
hooked.hooks.thingCreated(
  async ({ thingId, fail }) => {
    hookCalls.push(`hook ${thingId}`);
    if (fail) throw new Error("hook refused");
    return new StepResponse(thingId, thingId);
  },
  async (thingId) => {
    hookCalls.push(`undo ${String(thingId)}`);
  },
);

// "Run Workflow in Another": the nested workflow rolls back when the outer one fails later.
const outer = createWorkflow("outer-wf", (input: { title: string; fail: boolean }) => {
  const thing = hooked.runAsStep({ input: { title: input.title } });
  when(input, (i) => i.fail).then(() => failing());
  return new WorkflowResponse(thing);
});

// A nested workflow that would start no step (its step's `when` false, its hook unhandled) is not
// started: the outer step is skipped with the result the run would have answered.
const maybeWork = createStep("maybe-work", async (input: { title: string }) => {
  log.push(`work ${input.title}`);
  return new StepResponse(input.title);
});
const mostlyIdle = createWorkflow("mostly-idle-wf", (input: { title: string; work: boolean }) => {
  const worked = when(input, (i) => i.work).then(() => maybeWork(input));
  const unhandled = createHook("neverHandled", { title: input.title });
  return new WorkflowResponse({ title: input.title, worked }, { hooks: [unhandled] });
});
const outerOfIdle = createWorkflow("outer-of-idle-wf", (input: { title: string; work: boolean; fail: boolean }) => {
  const nested = mostlyIdle.runAsStep({ input: { title: input.title, work: input.work } });
  when(input, (i) => i.fail).then(() => failing());
  return new WorkflowResponse(nested);
});

// "Retry Steps": maxRetries counts attempts; without `retryInterval` the retries run in the run
// (with it the run is parked: test/workflows/retry-interval-timeouts.spec.ts).
let attempts = 0;
const flaky = createStep({ name: "flaky", maxRetries: 2 }, async () => {
  attempts++;
  if (attempts < 3) throw new Error(`attempt ${attempts} failed`);
  return new StepResponse(attempts);
});
const retrying = createWorkflow("retry-wf", () => new WorkflowResponse(flaky()));

// "Run Steps in Parallel".
const timeline: string[] = [];
// Each waits (up to 2 s) for the other to start: run one after the other, they could not both start first.
const slow = (name: string) =>
  createStep(name, async () => {
    timeline.push(`start ${name}`);
    for (let i = 0; i < 200 && timeline.filter((t) => t.startsWith("start")).length < 2; i++)
      await new Promise((r) => setTimeout(r, 10));
    timeline.push(`end ${name}`);
    return new StepResponse(name);
  });
const parallel = createWorkflow("parallel-wf", () => {
  const [a, b] = parallelize(slow("par-a")(), slow("par-b")());
  return new WorkflowResponse({ a, b });
});

moduleIntegrationTestRunner<WorkflowEngineService>({
  moduleName: "workflows",
  resolve: "./modules/workflow-engine",
  testSuite: ({ container, service }) => {
    describe("the seed's workflow examples", () => {
      it("runs the two-step hello world and records the execution", async () => {
        const { result, transaction } = await helloWorld(container).run({ input: { name: "Ada" } });
        expect(result).toEqual({ message: "Hello from step one!", second: "Hello Ada from step two!" });
        const stored = await service.getExecution("two-step-hello", transaction.transactionId);
        expect(stored?.status).toBe("done");
        expect(stored?.steps["step-2"]).toMatchObject({
          status: "done",
          attempts: 1,
          output: "Hello Ada from step two!",
        });
      });

      it("compensates completed steps in reverse order and throws the step's error", async () => {
        log.length = 0;
        await expect(compensating(container).run({ input: 1 })).rejects.toThrow("Oops! Something happened.");
        expect(log).toEqual([
          "invoke first",
          "invoke second",
          "invoke failing",
          "compensate second-undo",
          "compensate first-undo",
        ]);
        const { errors, transaction } = await compensating(container).run({ input: 1, throwOnError: false });
        expect(transaction.status).toBe("reverted");
        expect(errors).toEqual([
          {
            action: "failing",
            handlerType: "invoke",
            error: expect.objectContaining({ message: "Oops! Something happened." }),
          },
        ]);
      });

      it("transforms values and runs when-then branches only when the condition holds", async () => {
        expect((await concat(container).run({ input: { name: "Bo" } })).result).toBe(
          "Hello from step one!Hello Bo from step two!",
        );
        const active = await conditional(container).run({ input: { is_active: true } });
        expect(active.result).toBe("after:active");
        const inactive = await conditional(container).run({ input: { is_active: false } });
        expect(inactive.result).toBe("after:nothing");
        expect(inactive.transaction.steps["is-active"]?.status).toBe("skipped");
      });

      it("runs a consumed hook as a step, and compensates it when it is followed by a failure", async () => {
        hookCalls.length = 0;
        const { result } = await hooked(container).run({ input: { title: "a" } });
        expect(result).toEqual({ id: "thing-a" });
        expect(hookCalls).toEqual(["hook thing-a"]);
        const failed = await hooked(container).run({ input: { title: "b", fail: true }, throwOnError: false });
        expect(failed.transaction.status).toBe("reverted");
        expect(failed.errors[0]?.error.message).toBe("hook refused");
      });

      it("rolls back a nested workflow (runAsStep) when the outer one fails", async () => {
        hookCalls.length = 0;
        const ok = await outer(container).run({ input: { title: "n1", fail: false } });
        expect(ok.result).toEqual({ id: "thing-n1" });
        const bad = await outer(container).run({ input: { title: "n2", fail: true }, throwOnError: false });
        expect(bad.transaction.status).toBe("reverted");
        expect(hookCalls).toEqual(["hook thing-n1", "hook thing-n2", "undo thing-n2"]);
        const nested = await service.getExecution("hooked-wf", `${bad.transaction.transactionId}:hooked-wf`);
        expect(nested?.status).toBe("reverted");
      });

      it("does not start a nested workflow that would run no step, and answers its result", async () => {
        log.length = 0;
        const idle = await outerOfIdle(container).run({ input: { title: "i1", work: false, fail: false } });
        expect(idle.result).toEqual({ title: "i1" });
        expect(await service.getExecution("mostly-idle-wf", `${idle.transaction.transactionId}:mostly-idle-wf`)).toBe(
          undefined,
        );
        const stored = await service.getExecution("outer-of-idle-wf", idle.transaction.transactionId);
        expect(stored?.steps["mostly-idle-wf"]).toMatchObject({ status: "skipped", output: { title: "i1" } });
        // Nothing to undo when the outer run fails after it (no nested run to cancel).
        const failed = await outerOfIdle(container).run({
          input: { title: "i2", work: false, fail: true },
          throwOnError: false,
        });
        expect(failed.transaction.status).toBe("reverted");
        // With a step to run, the nested run is started and stored as before.
        const busy = await outerOfIdle(container).run({ input: { title: "i3", work: true, fail: false } });
        expect(busy.result).toEqual({ title: "i3", worked: "i3" });
        const nested = await service.getExecution("mostly-idle-wf", `${busy.transaction.transactionId}:mostly-idle-wf`);
        expect(nested?.status).toBe("done");
        expect(log).toEqual(["invoke failing", "work i3"]);
      });

      it("retries a failing step up to maxRetries and counts the attempts", async () => {
        const { result, transaction } = await retrying(container).run();
        expect(result).toBe(3);
        expect(transaction.steps.flaky).toMatchObject({
          status: "done",
          attempts: 3,
          errors: [{ message: "attempt 1 failed" }, { message: "attempt 2 failed" }],
        });
      });

      it("runs parallelized steps at the same time", async () => {
        const { result } = await parallel(container).run();
        expect(result).toEqual({ a: "par-a", b: "par-b" });
        expect(timeline.slice(0, 2).sort()).toEqual(["start par-a", "start par-b"]);
      });
    });

    describe("composer misuse", () => {
      // An async composer that never awaits is accepted (Medusa's form): test/workflows/medusa-parity.spec.ts.
      it("refuses comparing and templating workflow data", () => {
        expect(() =>
          createWorkflow("compare-wf", (input: { n: number }) => {
            if (input.n > 5) step1();
          }),
        ).toThrow(/use transform\(\) to compute a value and when\(\) for conditions/);
        expect(() =>
          createWorkflow("template-wf", (input: { name: string }) => {
            step2({ name: `Dr ${input.name}` });
          }),
        ).toThrow(WorkflowComposerError);
        expect(() => step1()).toThrow(/only be used inside a createWorkflow composer/);
      });
    });
  },
});
