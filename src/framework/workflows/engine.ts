import { eventGroupOf, isOutermost } from "./event-group.ts";
import { backgroundWork } from "../database/background-work.ts";
import type { TesseraContainer } from "../container/container.ts";
import { TesseraError } from "../errors/tessera-error.ts";
import type {
  ExecutionStore,
  RunOptions,
  RunResult,
  SetStepOptions,
  SubscribeOptions,
  WorkflowSubscriber,
} from "./engine-types.ts";
import { newExecution, retryDueAt, retryPending, toStoredError, type Execution } from "./execution.ts";
import { toRunResult } from "./run-result.ts";
import { backgroundReached, runTransactionId } from "./run-options.ts";
import type { WorkflowEvent } from "./run-context.ts";
import { isSettled, type FollowUpJobs } from "./bullmq-executor.ts";
import { inProcessExecutor, type Executor } from "./executor.ts";
import { advance, compensate, expireWaiting } from "./orchestrator.ts";
import { beginFirstStage } from "./run-step.ts";
import { getWorkflow, type WorkflowDefinition } from "./registry.ts";
import { now, type RunContext } from "./run-context.ts";
import { StepResponse } from "./step-response.ts";
import { Subscribers } from "./subscribers.ts";
import { abandon, undoable } from "./abandon.ts";
import { redactEvent, redactExecution, redactionOf } from "./redact.ts";
import { DEFAULT_STALE_AFTER_MS, keepAlive, shortestStaleAfter, staleAfter } from "./staleness.ts";
import { WorkflowTimeoutError } from "./workflow-timeout-error.ts";
import { msUntilDeadline, pastTimeout } from "./deadline.ts";
import { InProcessTimers } from "./in-process-timers.ts";
import { parentStepOf, reportToParent } from "./nested-runs.ts";

const DAY = 86_400;

/** The delayed work a pass leaves: the next attempt of a parked run, the deadline of a waiting one. */
function followUp(run: RunContext): FollowUpJobs | undefined {
  const { execution, definition } = run;
  if (execution.status === "invoking" && run.deferredMs !== undefined) return { advanceInMs: run.deferredMs };
  // Queue-driven: the next stage is the next job.
  if (execution.status === "invoking" && run.queued) return { advanceInMs: 0 };
  const left = execution.status === "waiting" ? msUntilDeadline(definition, execution) : undefined;
  return left === undefined ? undefined : { timeoutInMs: left };
}

/** Whether no step of the execution has started (nothing to undo). */
const neverStarted = (execution: Execution) =>
  Object.values(execution.steps).every((state) => state.status === "not_started");

export interface WorkflowEngineOptions {
  /** Silence (ms) after which a running execution without a shorter timeout is recovered. */
  staleAfterMs?: number;
}

/**
 * Runs workflows and keeps their executions in a store: idempotent runs by transactionId,
 * async steps resumed by setStepSuccess / setStepFailure, progress events for subscribers.
 */
export class WorkflowEngine {
  private readonly locks = new Map<string, Promise<unknown>>();
  /** Runs whose `run` call is still awaited here: a nested one's caller takes its result inline. */
  private readonly inline = new Set<string>();
  private readonly subscribers: Subscribers;
  private readonly store: ExecutionStore;
  private readonly container: TesseraContainer;
  private readonly executor: Executor & { waitSettled?(workflowId: string, transactionId: string): Promise<Execution> };
  private readonly staleAfterMs: number;
  private sweeper?: NodeJS.Timeout;
  private sweeping?: Promise<number>;
  /** Retries and deadlines of the runs driven in this process (BullMQ has delayed jobs instead). */
  private readonly timers: InProcessTimers;

  constructor(
    store: ExecutionStore,
    container: TesseraContainer,
    createExecutor?: (engine: WorkflowEngine) => Executor,
    options: WorkflowEngineOptions = {},
  ) {
    this.store = store;
    this.container = container;
    this.staleAfterMs = options.staleAfterMs ?? DEFAULT_STALE_AFTER_MS;
    this.executor = createExecutor?.(this) ?? inProcessExecutor;
    this.subscribers = new Subscribers((error) =>
      container.resolve("logger").error({ err: error }, "workflow subscriber failed"),
    );
    if (this.executor.publish) this.executor.onRemoteEvent = (event) => void this.subscribers.emit(event);
    this.timers = new InProcessTimers((error, key) =>
      container.resolve("logger").error({ err: error, timer: key }, "a scheduled workflow retry or deadline failed"),
    );
  }

  /** Runs a registered workflow. */
  async run<I, R>(
    workflowId: string,
    options: RunOptions<I> & { container?: TesseraContainer } = {},
  ): Promise<RunResult<R>> {
    const definition = this.definition(workflowId);
    const transactionId = runTransactionId(options);
    if (definition.ready) await definition.ready;
    const execution = newExecution(definition, transactionId, options.input, options.context ?? {});
    const nested = Boolean(parentStepOf(execution));
    const drivenHere = nested || this.executorFor(definition) === inProcessExecutor;
    const begunWithRow = drivenHere ? beginFirstStage(definition, execution) : undefined;
    const existing = await this.store.insert(redactExecution(execution, redactionOf(definition)));
    if (existing) {
      // A second run with the same id: wait for the first if it is still going here, then answer as it did.
      await this.locks.get(this.key(workflowId, transactionId));
      let current = (await this.store.load(workflowId, transactionId)) ?? existing;
      // Still running in another process (or left by a dead one, until the sweeper recovers it): answer once it
      // settles, or at once when it is parked for a retry (as the first run answered).
      if (!isSettled(current.status) && !retryPending(current)) {
        // A nested run is driven by its outer step: that step running again (its job handed out
        // anew after its worker died) finds the run its first attempt left and carries it on here.
        if (parentStepOf(current) && this.executor !== inProcessExecutor)
          return this.takeOverNested(definition, current, options);
        current = await this.waitSettled(workflowId, transactionId);
      }
      return toRunResult(current, options.throwOnError ?? true, new Map(), options.resultFrom);
    }
    const run = { ...this.context(definition, execution, options.container), begunWithRow };
    const inlineKey = this.key(workflowId, transactionId);
    this.inline.add(inlineKey);
    const stopEvents = this.listen(workflowId, transactionId, options.events);
    const background = backgroundReached(definition, this.subscribers, transactionId);
    try {
      await run.emit("onBegin");
      const driving = this.locked(run, () => this.driven(run, "advance", nested));
      // A `backgroundExecution` step lets the caller go once it has begun; the run goes on here.
      if ((await Promise.race([driving.then(() => "settled" as const), background.reached])) === "background") {
        void driving
          .catch((error: unknown) =>
            this.container
              .resolve("logger")
              .error({ err: error, workflowId, transactionId }, "background workflow run failed"),
          )
          .finally(stopEvents);
        return toRunResult(execution, false, run.thrown, options.resultFrom);
      }
      stopEvents();
    } catch (error) {
      stopEvents();
      // The queue refused the run before any step ran: nothing to undo, and no row left behind
      // that would look like a run in progress (a retry with the same id starts afresh).
      if (TesseraError.is(error) && error.type === TesseraError.Types.UNAVAILABLE && neverStarted(execution)) {
        await this.store.delete(workflowId, transactionId);
        await this.container
          .resolve("eventBus")
          .clearGroupedEvents(eventGroupOf(transactionId))
          .catch(() => undefined);
      }
      throw error;
    } finally {
      background.stop();
      this.inline.delete(inlineKey);
    }
    return toRunResult(execution, options.throwOnError ?? true, run.thrown, options.resultFrom);
  }

  /** Drives a nested run an earlier attempt of its outer step left unfinished, in this process. */
  private async takeOverNested<R>(
    definition: WorkflowDefinition,
    execution: Execution,
    options: RunOptions<unknown> & { container?: TesseraContainer },
  ): Promise<RunResult<R>> {
    const run = this.context(definition, execution, options.container);
    const inlineKey = this.key(execution.workflowId, execution.transactionId);
    this.inline.add(inlineKey);
    try {
      const action = execution.status === "compensating" ? "compensate" : "advance";
      await this.locked(run, () => this.driven(run, action, true));
    } finally {
      this.inline.delete(inlineKey);
    }
    return toRunResult(execution, options.throwOnError ?? true, run.thrown, options.resultFrom);
  }

  /** Subscribes a run's `events` callbacks for the time it runs; returns the unsubscribe. */
  private listen(workflowId: string, transactionId: string, events: RunOptions<unknown>["events"]): () => void {
    if (!events) return () => undefined;
    const subscriber = (event: WorkflowEvent) => events[event.eventType]?.(event);
    this.subscribers.subscribe({ workflowId, transactionId, subscriber });
    return () => this.subscribers.unsubscribe({ workflowId, transactionId, subscriberOrId: subscriber });
  }

  /** Completes a waiting async step with `stepResponse` as its output and runs the workflow on. */
  async setStepSuccess<R = unknown>({
    idempotencyKey: key,
    stepResponse,
    options,
  }: SetStepOptions): Promise<RunResult<R>> {
    return this.resolveWaiting(key, options, "advance", async (run, state) => {
      state.status = "done";
      state.output = stepResponse instanceof StepResponse ? stepResponse.output : stepResponse;
      state.compensateInput = stepResponse instanceof StepResponse ? stepResponse.compensateInput : state.output;
      state.finishedAt = now();
      run.execution.status = "invoking";
      await run.emit("onStepSuccess", { step: { id: key.stepId, ...state } });
    });
  }

  /** Fails a waiting async step; the workflow compensates what it did. */
  async setStepFailure<R = unknown>({
    idempotencyKey: key,
    stepResponse,
    options,
  }: SetStepOptions): Promise<RunResult<R>> {
    return this.resolveWaiting(
      key,
      { ...options, throwOnError: options?.throwOnError ?? false },
      "compensate",
      async (run, state) => {
        const output = stepResponse instanceof StepResponse ? stepResponse.output : stepResponse;
        const error = toStoredError(
          output instanceof Error
            ? output
            : new Error(typeof output === "string" ? output : `Step ${key.stepId} failed`),
        );
        state.status = "failed";
        state.errors.push(error);
        state.finishedAt = now();
        run.execution.errors.push({ action: key.stepId, handlerType: "invoke", error });
        run.execution.status = "compensating";
        await run.emit("onStepFailure", { step: { id: key.stepId, ...state } });
      },
    );
  }

  /** Rolls back an execution (done or waiting): its completed steps compensate in reverse order. */
  async cancel<R = unknown>(
    workflowId: string,
    transactionId: string,
    container?: TesseraContainer,
  ): Promise<RunResult<R>> {
    const execution = await this.load(workflowId, transactionId);
    if (execution.status === "reverted" || execution.status === "failed")
      return toRunResult(execution, false, new Map());
    const definition = this.definition(workflowId);
    const run = this.context(definition, execution, container);
    execution.status = "compensating";
    await this.locked(run, async () => {
      await run.save();
      await this.driven(run, "compensate", Boolean(parentStepOf(execution)));
    });
    return toRunResult(execution, false, run.thrown);
  }

  subscribe(options: SubscribeOptions): void {
    this.subscribers.subscribe(options);
  }

  unsubscribe(options: {
    workflowId: string;
    transactionId?: string;
    subscriberOrId: string | WorkflowSubscriber;
  }): void {
    this.subscribers.unsubscribe(options);
  }

  async getExecution(workflowId: string, transactionId: string): Promise<Execution | undefined> {
    return this.store.load(workflowId, transactionId);
  }

  /** Picks up executions a crash interrupted mid-step (state is in the database; definitions re-register on import). */
  async resumeInterrupted(): Promise<number> {
    // On a queue, a job whose worker died is taken over once its lock expires.
    if (this.executor !== inProcessExecutor) return 0;
    for (const execution of await this.store.listWaiting()) {
      const definition = getWorkflow(execution.workflowId);
      if (definition) this.scheduleFollowUp(this.context(definition, execution));
    }
    const interrupted = (await this.store.listInterrupted()).filter((e) => getWorkflow(e.workflowId));
    for (const execution of interrupted) {
      const definition = this.definition(execution.workflowId);
      const run = this.context(definition, execution);
      const due = retryDueAt(execution);
      if (!redactionOf(definition) && due !== undefined && execution.status === "invoking") {
        // Parked for a retry: its timer is rebuilt for the time it was due.
        run.deferredMs = Math.max(0, due - Date.now());
        this.scheduleFollowUp(run);
        continue;
      }
      if (!redactionOf(definition)) {
        await this.locked(run, () => this.driven(run, execution.status === "compensating" ? "compensate" : "advance"));
        continue;
      }
      // A redacting run's stored state lacks its secrets: it cannot go on, only be undone, and
      // only when no compensation needs a redacted value (else it is left failed, as it stands).
      await this.locked(run, () => (undoable(execution) ? compensate(run) : abandon(run)));
    }
    return interrupted.length;
  }

  prune(): Promise<number> {
    return this.store.prune();
  }

  /**
   * Runs one queued job (BullMQ worker); answers the follow-up jobs: the next stage or a retry
   * (`advanceInMs`), the deadline of a run left waiting (`timeoutInMs`).
   */
  async processJob(work: {
    workflowId: string;
    transactionId: string;
    action: "advance" | "compensate" | "timeout";
  }): Promise<FollowUpJobs | undefined> {
    const execution = await this.store.load(work.workflowId, work.transactionId);
    if (!execution || (work.action === "timeout" ? execution.status !== "waiting" : isSettled(execution.status)))
      return undefined;
    const definition = this.definition(work.workflowId);
    if (work.action === "timeout") {
      await this.expire(this.context(definition, execution));
      return undefined;
    }
    const run = { ...this.context(definition, execution), queued: true };
    // No in-process lock here: the caller holding it is waiting for this very job; jobs of one
    // execution form a chain (each enqueues the next), so they never overlap.
    const stop = keepAlive(this.store, execution, staleAfter(definition, this.staleAfterMs) / 4);
    try {
      await (execution.status === "compensating" ? compensate(run) : advance(run));
    } finally {
      stop();
    }
    return followUp(run);
  }

  /**
   * Starts the queue worker and the sweeper. Called once every workflow is registered (at app
   * start), so no job meets a workflow this process has not loaded yet.
   */
  start(): void {
    this.executor.start?.();
    if (this.sweeper) return;
    this.sweeper = setInterval(
      () => {
        backgroundWork(() => this.recoverStale()).catch((error: unknown) =>
          this.container.resolve("logger").error({ err: error }, "recovering stuck workflow executions failed"),
        );
      },
      Math.max(100, shortestStaleAfter(this.staleAfterMs) / 2),
    ).unref();
  }

  /**
   * Recovers running executions nobody has touched for longer than their staleness (their process
   * died, or their job was lost): resumed, or compensated when past their timeout or when they
   * cannot resume. A conditional update makes one process the recoverer. Returns how many it took.
   */
  recoverStale(): Promise<number> {
    this.sweeping ??= this.sweepOnce().finally(() => {
      this.sweeping = undefined;
    });
    return this.sweeping;
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    this.timers.close();
    await this.sweeping?.catch(() => undefined);
    await this.executor.close();
  }

  private async sweepOnce(): Promise<number> {
    const stale = await this.store.listStale(new Date(Date.now() - shortestStaleAfter(this.staleAfterMs)));
    let recovered = 0;
    for (const { execution, updatedAt } of stale) {
      const definition = getWorkflow(execution.workflowId);
      if (!definition || Date.now() - updatedAt.getTime() < staleAfter(definition, this.staleAfterMs)) continue;
      // Parked for a retry: stuck only once the retry is overdue by the staleness too.
      const due = retryDueAt(execution);
      if (due !== undefined && Date.now() - due < staleAfter(definition, this.staleAfterMs)) continue;
      if (await this.leftToOuterStep(execution)) continue;
      const queued = !redactionOf(definition) && this.executor.hasLiveJob;
      if (queued && (await this.executor.hasLiveJob?.(execution.workflowId, execution.transactionId))) continue;
      if (!(await this.store.claimStale(execution.workflowId, execution.transactionId, updatedAt))) continue;
      recovered++;
      this.container
        .resolve("logger")
        .warn(
          { workflowId: execution.workflowId, transactionId: execution.transactionId, status: execution.status },
          "recovering a stuck workflow execution",
        );
      const run = this.context(definition, execution);
      if (execution.status === "invoking" && pastTimeout(definition, execution)) {
        const error = new WorkflowTimeoutError(definition.id, definition.options.timeout ?? 0);
        execution.errors.push({ action: definition.id, handlerType: "invoke", error: toStoredError(error) });
        execution.status = "compensating";
        await run.save();
      }
      const action = execution.status === "compensating" ? "compensate" : "advance";
      // Not awaited: one long run must not hold the others up; the caller waiting on it polls the store.
      void this.locked(run, () => this.recover(run, action)).catch((error: unknown) => {
        this.container
          .resolve("logger")
          .error(
            { err: error, workflowId: execution.workflowId, transactionId: execution.transactionId },
            "recovering a workflow execution failed",
          );
      });
    }
    return recovered;
  }

  /**
   * A nested run whose outer step is still running is its outer run's to carry on: recovering the
   * outer run runs that step again, which takes the nested run over (see takeOverNested).
   */
  private async leftToOuterStep(execution: Execution): Promise<boolean> {
    const parent = parentStepOf(execution);
    if (!parent || this.executor === inProcessExecutor) return false;
    const outer = await this.store.load(parent.workflowId, parent.transactionId);
    return outer !== undefined && !isSettled(outer.status) && outer.steps[parent.stepId]?.status === "invoking";
  }

  private async recover(run: RunContext, action: "advance" | "compensate"): Promise<void> {
    const { definition, execution } = run;
    // A redacting run's secrets were in the dead process's memory: undo it if that needs none of them.
    if (redactionOf(definition)) return this.driven(run, undoable(execution) ? "compensate" : "abandon");
    try {
      await this.driven(run, action);
    } catch (error) {
      // A run that cannot go on (its definition changed, a step is gone) is undone instead.
      if (action === "compensate" || isSettled(execution.status)) throw error;
      run.thrown.set("workflow", error);
      execution.errors.push({ action: definition.id, handlerType: "invoke", error: toStoredError(error) });
      await this.driven(run, "compensate");
    }
  }

  /**
   * Drives the execution with this workflow's executor, keeping its row alive while it runs here.
   * `here`: a nested run goes on inside its outer step's job. Queued, it would wait for a worker
   * slot while its outer step holds one: a burst of outer runs filling every slot then waits for ever.
   */
  private async driven(run: RunContext, action: "advance" | "compensate" | "abandon", here = false): Promise<void> {
    const executor = here ? inProcessExecutor : this.executorFor(run.definition);
    if (action === "abandon") return abandon(run);
    if (executor !== inProcessExecutor) return executor.drive(run, action);
    const stop = keepAlive(this.store, run.execution, staleAfter(run.definition, this.staleAfterMs) / 4);
    try {
      await executor.drive(run, action);
    } finally {
      stop();
    }
    this.scheduleFollowUp(run);
  }

  /** Sets the timers of a run driven here: its parked retry, or the deadline while it waits. */
  private scheduleFollowUp(run: RunContext): void {
    const { workflowId, transactionId } = run.execution;
    const next = followUp(run);
    const key = this.key(workflowId, transactionId);
    if (next?.advanceInMs !== undefined)
      this.timers.schedule(`advance:${key}`, next.advanceInMs, () => this.resume(workflowId, transactionId));
    if (next?.timeoutInMs !== undefined)
      this.timers.schedule(`timeout:${key}`, next.timeoutInMs, () =>
        this.lockedKey(key, async () => {
          const execution = await this.store.load(workflowId, transactionId);
          if (execution?.status === "waiting") await this.expire(this.context(run.definition, execution));
        }),
      );
  }

  /** A parked run's retry is due: it goes on from the step that failed. */
  private async resume(workflowId: string, transactionId: string): Promise<void> {
    const execution = await this.store.load(workflowId, transactionId);
    if (execution?.status !== "invoking") return;
    const run = this.context(this.definition(workflowId), execution);
    await backgroundWork(() => this.locked(run, () => this.driven(run, "advance")));
  }

  /** A waiting run reached its deadline: unless a step is being resolved right now, it times out. */
  private async expire(run: RunContext): Promise<void> {
    const { workflowId, transactionId } = run.execution;
    if (!(await this.store.claimWaitingForTimeout(workflowId, transactionId))) return;
    run.execution.status = "compensating";
    await expireWaiting(run);
  }

  /** Polls the store until the execution is finished or waiting (another process runs it, or a sweeper will). */
  private async waitSettled(workflowId: string, transactionId: string): Promise<Execution> {
    if (this.executor.waitSettled) return this.executor.waitSettled(workflowId, transactionId);
    for (;;) {
      const current = await this.load(workflowId, transactionId);
      if (isSettled(current.status)) return current;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  private async resolveWaiting<R>(
    key: SetStepOptions["idempotencyKey"],
    options: SetStepOptions["options"],
    action: "advance" | "compensate",
    apply: (run: RunContext, state: Execution["steps"][string]) => Promise<void>,
  ): Promise<RunResult<R>> {
    const definition = this.definition(key.workflowId);
    let run: RunContext | undefined;
    // Loaded under the lock: two parallel async steps resolved at once must not overwrite each other.
    await this.lockedKey(this.key(key.workflowId, key.transactionId), async () => {
      const execution = await this.load(key.workflowId, key.transactionId);
      const state = execution.steps[key.stepId];
      if (!state)
        throw new TesseraError(TesseraError.Types.NOT_FOUND, `Workflow ${key.workflowId} has no step ${key.stepId}`);
      // The claim is a conditional update: of two processes resolving the same step, one wins.
      if (
        state.status !== "waiting" ||
        !(await this.store.claimWaitingStep(key.workflowId, key.transactionId, key.stepId))
      ) {
        throw new TesseraError(
          TesseraError.Types.NOT_ALLOWED,
          `Step ${key.stepId} is ${state.status === "waiting" ? "being resolved" : state.status}, not waiting`,
        );
      }
      run = this.context(definition, execution, options?.container);
      await apply(run, state);
      await run.save();
      await this.driven(run, action);
    });
    if (!run) throw new Error("unreachable: the locked section sets the run");
    return toRunResult(run.execution, options?.throwOnError ?? true, run.thrown);
  }

  private async load(workflowId: string, transactionId: string): Promise<Execution> {
    const execution = await this.store.load(workflowId, transactionId);
    if (!execution)
      throw new TesseraError(TesseraError.Types.NOT_FOUND, `No execution ${transactionId} of workflow ${workflowId}`);
    return execution;
  }

  /** A redacting workflow runs here: its secrets exist only in this process's memory. */
  private executorFor(definition: WorkflowDefinition): Executor {
    return redactionOf(definition) ? inProcessExecutor : this.executor;
  }

  private definition(workflowId: string): WorkflowDefinition {
    const definition = getWorkflow(workflowId);
    if (!definition) throw new TesseraError(TesseraError.Types.NOT_FOUND, `Workflow ${workflowId} is not registered`);
    return definition;
  }

  private key(workflowId: string, transactionId: string) {
    return `${workflowId}:${transactionId}`;
  }

  /** Serialises work on one execution within this process. */
  private locked(run: RunContext, fn: () => Promise<void>): Promise<void> {
    return this.lockedKey(this.key(run.execution.workflowId, run.execution.transactionId), fn);
  }

  private async lockedKey(key: string, fn: () => Promise<void>): Promise<void> {
    const previous = this.locks.get(key) ?? Promise.resolve();
    const current = previous.catch(() => undefined).then(fn);
    this.locks.set(key, current);
    try {
      await current;
    } finally {
      if (this.locks.get(key) === current) this.locks.delete(key);
    }
  }

  /** A nested run that finished after its outer step went waiting resolves that step (not awaited). */
  private reportNestedFinish(execution: Execution): void {
    const parent = parentStepOf(execution);
    if (!parent || this.inline.has(this.key(execution.workflowId, execution.transactionId))) return;
    void reportToParent(this, parent, execution).catch((error: unknown) =>
      this.container
        .resolve("logger")
        .error(
          { err: error, workflowId: parent.workflowId, transactionId: parent.transactionId },
          "resuming the outer run of a nested workflow failed",
        ),
    );
  }

  private context(definition: WorkflowDefinition, execution: Execution, container = this.container): RunContext {
    let saving: Promise<void> = Promise.resolve();
    const { store, retentionTime = DAY } = definition.options;
    const redaction = redactionOf(definition);
    return {
      definition,
      execution,
      container,
      thrown: new Map(),
      save: () => {
        const finished = execution.finishedAt
          ? new Date(Date.parse(execution.finishedAt) + (store === false ? 0 : retentionTime * 1000))
          : undefined;
        saving = saving.then(async () => {
          // The held events are released (in the outbox) before the run is stored as done: a crash
          // in between leaves a run the sweeper finishes, never a done run whose events stay held.
          // Events emitted since the last save (emit-event buffers them) are written first, with
          // the release (released) or held: a step is never stored done while its events exist
          // only in this process, so a crash that loses them runs their step again.
          const group = eventGroupOf(execution.transactionId);
          const eventBus = container.resolve("eventBus");
          if (execution.status === "done" && isOutermost(execution.transactionId))
            await eventBus.releaseGroupedEvents(group);
          else await eventBus.holdGroupedEvents?.(group);
          await this.store.save(redactExecution(execution, redaction), finished);
        });
        return saving;
      },
      emit: async (eventType, extra = {}) => {
        if (eventType === "onFinish" && isOutermost(execution.transactionId) && execution.status !== "done") {
          // Events the steps emitted go out only if the whole workflow succeeded (released by save).
          await container.resolve("eventBus").clearGroupedEvents(eventGroupOf(execution.transactionId));
        }
        const event = redactEvent(
          { eventType, workflowId: execution.workflowId, transactionId: execution.transactionId, ...extra },
          redaction,
        );
        await this.subscribers.emit(event);
        await this.executor.publish?.(event);
        if (eventType === "onFinish") this.reportNestedFinish(execution);
      },
    };
  }
}
