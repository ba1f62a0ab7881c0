import type { TesseraContainer } from "../../framework/container/container.ts";
import { backgroundWork } from "../../framework/database/background-work.ts";
import { runsWorkers } from "../../framework/events/setup.ts";
import { ModuleService, type ModuleCradle } from "../../framework/modules/service-factory.ts";
import { BullmqExecutor } from "../../framework/workflows/bullmq-executor.ts";
import { WorkflowEngine } from "../../framework/workflows/engine.ts";
import type { Execution, WorkflowEngineApi } from "../../framework/workflows/index.ts";
import type { ExecutionFilter } from "../../framework/workflows/engine-api.ts";
import { PrismaExecutionStore } from "./execution-store.ts";
import { WorkflowExecution } from "./models.ts";

/** WORKFLOW_STALE_AFTER_MS: silence after which a running execution is recovered (default 60 s). */
function staleAfterMs(): number | undefined {
  const value = Number(process.env.WORKFLOW_STALE_AFTER_MS);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/**
 * The workflow engine module (`container.resolve("workflows")`): runs workflows, persists every
 * execution in `workflow_execution`, resumes async steps and interrupted runs.
 */
export default class WorkflowEngineService extends ModuleService({ WorkflowExecution }) implements WorkflowEngineApi {
  readonly store: PrismaExecutionStore;
  private engine?: WorkflowEngine;
  private pruneTimer?: NodeJS.Timeout;
  private logger?: { info: (data: object, message: string) => void };

  constructor(cradle: ModuleCradle, options?: unknown) {
    super(cradle, options);
    this.store = new PrismaExecutionStore(cradle.db);
  }

  /** Called by the module's loader with the module container (steps resolve services from it). */
  attach(container: TesseraContainer): WorkflowEngine {
    const config = container.resolve("configModule");
    this.logger = container.resolve("logger");
    const { redisUrl, redisPrefix } = config.projectConfig;
    this.engine = new WorkflowEngine(
      this.store,
      container,
      redisUrl
        ? (engine) =>
            new BullmqExecutor({
              redisUrl,
              prefix: redisPrefix,
              runWorker: runsWorkers(config),
              process: (work) => engine.processJob(work),
              load: (workflowId, transactionId) => this.store.load(workflowId, transactionId),
              // Tests take over a dead worker's job within seconds instead of the default 30 (10 s: long
              // enough that a test machine's stalled event loop does not lose a live job's lock).
              lockDurationMs: process.env.NODE_ENV === "test" ? 10_000 : undefined,
            })
        : undefined,
      { staleAfterMs: staleAfterMs() },
    );
    const engine = this.engine;
    // Finished executions past their retention go every ten minutes (and at start, by the loader).
    this.pruneTimer = setInterval(() => {
      backgroundWork(() => engine.prune()).catch((error: unknown) =>
        container.resolve("logger").error({ err: error }, "pruning workflow executions failed"),
      );
    }, 10 * 60_000).unref();
    return engine;
  }

  /**
   * Once the app has loaded everything (workflows, links, modules): resumes the runs a crash
   * interrupted (before the app answers requests), then takes queued work and sweeps stuck runs.
   */
  async onApplicationStart(): Promise<void> {
    const resumed = await this.started.resumeInterrupted();
    if (resumed) this.logger?.info({ resumed }, "resumed interrupted workflow executions");
    this.started.start();
  }

  /** Closes the queue connections (app.close). */
  async onShutdown(): Promise<void> {
    clearInterval(this.pruneTimer);
    await this.engine?.close();
  }

  private get started(): WorkflowEngine {
    if (!this.engine) throw new Error("The workflow engine has not started (its loader did not run)");
    return this.engine;
  }

  run: WorkflowEngineApi["run"] = (workflowId, options) => this.started.run(workflowId, options);
  setStepSuccess: WorkflowEngineApi["setStepSuccess"] = (options) => this.started.setStepSuccess(options);
  setStepFailure: WorkflowEngineApi["setStepFailure"] = (options) => this.started.setStepFailure(options);
  cancel: WorkflowEngineApi["cancel"] = (workflowId, transactionId, container) =>
    this.started.cancel(workflowId, transactionId, container);
  subscribe: WorkflowEngineApi["subscribe"] = (options) => this.started.subscribe(options);
  unsubscribe: WorkflowEngineApi["unsubscribe"] = (options) => this.started.unsubscribe(options);
  getExecution: WorkflowEngineApi["getExecution"] = (workflowId, transactionId) =>
    this.started.getExecution(workflowId, transactionId);

  /** Executions with this transaction id, of one workflow or of any. */
  findExecutions(transactionId: string, workflowId?: string): Promise<Execution[]> {
    return this.store.findByTransaction(transactionId, workflowId);
  }

  /** A keyset page of executions, newest first (the admin's runs list). */
  listExecutions: WorkflowEngineApi["listExecutions"] = (filter, page) => this.store.list(filter, page);

  /** How many executions match `filter`. */
  countExecutions(filter: ExecutionFilter): Promise<number> {
    return this.store.count(filter);
  }

  /** Recovers runs stuck past their staleness now (the sweeper does it on a timer); returns how many it took. */
  recoverStale(): Promise<number> {
    return this.started.recoverStale();
  }

  /** Deletes finished executions past their retention time. */
  prune(): Promise<number> {
    return this.started.prune();
  }
}
