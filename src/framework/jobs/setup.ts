import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { asValue } from "awilix";
import type { ConfigModule } from "../config/types.ts";
import type { TesseraContainer } from "../container/container.ts";
import { runsWorkers } from "../events/setup.ts";
import { currentProject, importCode } from "../paths.ts";
import { LocalJobScheduler } from "./local-job-scheduler.ts";
import { RedisJobScheduler } from "./redis-job-scheduler.ts";
import type { JobScheduler, ScheduledJob, ScheduledJobConfig, ScheduledJobHandler } from "./types.ts";

declare module "../container/container.ts" {
  interface ContainerRegistrations {
    jobScheduler: JobScheduler;
  }
}

/** Reads src/jobs/*.ts: a default-export function of the container and `export const config`. */
export async function loadJobs(dir = path.join(currentProject().sourceRoot, "jobs")): Promise<ScheduledJob[]> {
  if (!existsSync(dir)) return [];
  const jobs: ScheduledJob[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .sort()) {
    const mod = (await importCode(path.join(dir, file))) as {
      default?: ScheduledJobHandler;
      config?: ScheduledJobConfig;
    };
    if (typeof mod.default !== "function" || !mod.config?.name || !mod.config.schedule) {
      throw new Error(`Job ${file} must export a default function and a config with name and schedule`);
    }
    jobs.push({ handler: mod.default, config: mod.config });
  }
  return jobs;
}

/** The scheduler the config calls for: BullMQ job schedulers with Redis, in-process cron without. */
export function createJobScheduler(container: TesseraContainer, config: ConfigModule): JobScheduler {
  const { redisUrl, redisPrefix } = config.projectConfig;
  return redisUrl
    ? new RedisJobScheduler(container, { url: redisUrl, prefix: redisPrefix, runWorkers: runsWorkers(config) })
    : new LocalJobScheduler(container);
}

/** Registers `jobScheduler` and, in worker roles, schedules the jobs of src/jobs. */
export async function setupJobs(
  container: TesseraContainer,
  config: ConfigModule,
  options: { discover?: boolean } = {},
): Promise<JobScheduler> {
  const { redisUrl } = config.projectConfig;
  const scheduler = createJobScheduler(container, config);
  container.register("jobScheduler", asValue(scheduler));
  if (options.discover !== false && config.projectConfig.jobsEnabled && (runsWorkers(config) || !redisUrl)) {
    for (const job of await loadJobs(path.resolve(currentProject().root, config.projectConfig.jobsDir)))
      await scheduler.register(job);
  }
  return scheduler;
}
