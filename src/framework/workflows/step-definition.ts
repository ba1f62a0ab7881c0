import type { TesseraContainer } from "../container/container.ts";
import type { SkipStepResponse, StepResponse } from "./step-response.ts";

/** What a step's handler and compensation receive besides their input. */
export interface StepContext {
  /** The container the workflow was run with (a request scope in resolvers). */
  container: TesseraContainer;
  workflowId: string;
  transactionId: string;
  stepId: string;
  /** 1 on the first try, 2 on the first retry... */
  attempt: number;
  /** Free-form data given to `run({ context })`. */
  metadata: Record<string, unknown>;
}

/** Step options, Medusa's names. Times are in seconds. */
export interface StepOptions {
  /** Retries after the first failure. Default 0. */
  maxRetries?: number;
  /** Seconds between retries. Default 0. */
  retryInterval?: number;
  /** Seconds after which a running step fails with a timeout (it is not interrupted). */
  timeout?: number;
  /** The step waits for setStepSuccess / setStepFailure when its handler returns nothing. */
  async?: boolean;
  /** The step is never compensated. */
  noCompensation?: boolean;
  /** A permanent failure (after retries) does not stop the workflow: the step ends `permanent_failure`, later steps run. */
  continueOnPermanentFailure?: boolean;
  /**
   * A permanent failure skips the step (`skipped_failure`) and every later step, or with a step
   * name the later steps up to that one (which runs); the workflow does not compensate.
   */
  skipOnPermanentFailure?: boolean | string;
  /** `run` returns once this step has begun (status `invoking`); the run finishes in the background. */
  backgroundExecution?: boolean;
  /**
   * Running the step again after a crash cut it short is harmless (what it writes is idempotent,
   * or allowed twice, as an event delivered at least once): its start is not stored on its own
   * but with the next save, one statement less per run. Default false.
   */
  repeatable?: boolean;
}

export type StepResult<O> = StepResponse<O, unknown> | SkipStepResponse | O | undefined | void;
export type StepInvoke<I = unknown, O = unknown> = (
  input: I,
  context: StepContext,
) => StepResult<O> | Promise<StepResult<O>>;
export type StepCompensate<C = unknown> = (compensateInput: C, context: StepContext) => unknown;

/** A step as the engine sees it. */
export interface StepDefinition extends StepOptions {
  name: string;
  invoke: StepInvoke;
  compensate?: StepCompensate;
  /** Hooks resolve their handler when they run: it may be registered after the workflow. */
  hook?: { workflowId: string; name: string };
  /** A nested workflow's `redact` keys: its result is this step's output, so the outer run redacts them too. */
  redact?: string[];
  /**
   * Set on a nested workflow's step (runAsStep): while it waits for the nested run, rolling the
   * outer run back cancels the nested one (its compensation runs though the step never finished).
   */
  nested?: boolean;
  /**
   * Tells from the step's resolved input that running it would do nothing, and what it would
   * answer: the step is then `skipped` with that output, and nothing is stored for it (a nested
   * workflow whose every step would be skipped leaves no execution; see idle-run.ts).
   */
  idle?: (input: unknown) => { output: unknown } | undefined;
}

/** Where a nested run reports when it finishes after its outer step went waiting (its run's context). */
export const PARENT_STEP = "parentStep";

/** The outer step a nested run belongs to. */
export interface ParentStep {
  workflowId: string;
  transactionId: string;
  stepId: string;
}
