import type { TesseraContainer } from "../container/container.ts";
import type { ScheduledJob } from "./types.ts";

/**
 * One tick of a job: claim an execution (the count lives in the database, so the limit holds
 * across restarts and processes), then run the handler; a failure is logged, never thrown.
 * Returns false when the job has used up its executions.
 */
export async function runJobTick(container: TesseraContainer, job: ScheduledJob): Promise<boolean> {
  const scheduler = container.resolve("scheduler");
  const { name, schedule, numberOfExecutions } = job.config;
  if (!(await scheduler.claimExecution(name, schedule, numberOfExecutions))) return false;
  try {
    await job.handler(container.createScope());
  } catch (error) {
    container.resolve("logger").error({ err: error, job: name }, "scheduled job failed");
  }
  return !(await scheduler.isExhausted(name, numberOfExecutions));
}
