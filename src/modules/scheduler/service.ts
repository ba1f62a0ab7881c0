import { model } from "../../framework/modules/model.ts";
import { ModuleService, type Context } from "../../framework/modules/service-factory.ts";

export const ScheduledJob = model("ScheduledJob", { graphql: false });

export default class SchedulerModuleService extends ModuleService({ ScheduledJob }) {
  /**
   * Takes one execution of a job: true when it may run now. One UPDATE decides it, so several
   * processes racing for the same tick (or a restart) never exceed `limit`.
   */
  async claimExecution(name: string, schedule: string, limit: number | undefined, ctx?: Context): Promise<boolean> {
    const client = this.client(ctx);
    await client.$executeRaw`INSERT INTO scheduled_job (name, schedule, executions, updated_at) VALUES (${name}, ${schedule}, 0, now()) ON CONFLICT (name) DO NOTHING`;
    const max = limit ?? 2147483647;
    const claimed =
      await client.$executeRaw`UPDATE scheduled_job SET executions = executions + 1, last_run_at = now(), updated_at = now() WHERE name = ${name} AND executions < ${max}`;
    return claimed === 1;
  }

  /** Whether a job has used up its executions (its scheduler can stop). */
  async isExhausted(name: string, limit: number | undefined, ctx?: Context): Promise<boolean> {
    if (limit === undefined) return false;
    const [row] = await this.listScheduledJobs({ name }, {}, ctx);
    return (row?.executions ?? 0) >= limit;
  }
}
