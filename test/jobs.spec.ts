import { describe, expect, it, vi } from "vitest";
import { integrationTestRunner } from "../src/framework/test-utils/runners.ts";
import { createJobScheduler, loadJobs } from "../src/framework/jobs/setup.ts";
import { LocalJobScheduler } from "../src/framework/jobs/local-job-scheduler.ts";
import { jobQueueName } from "../src/framework/jobs/redis-job-scheduler.ts";
import { Queue } from "bullmq";

const executor = process.env.REDIS_URL ? "BullMQ job schedulers" : "in-process cron";

// The seed's jobs live in the example project (examples/seed/src/jobs).
integrationTestRunner({
  project: "examples/seed",
  testSuite: ({ getContainer }) => {
    describe(`scheduled jobs (${executor})`, () => {
      it("discovers the seed's jobs from the project's src/jobs with their configs", async () => {
        const jobs = await loadJobs();
        expect(jobs.map((j) => j.config)).toEqual(
          expect.arrayContaining([
            { name: "every-minute-message", schedule: "* * * * *" },
            { name: "hello-world", schedule: "* * * * *", numberOfExecutions: 3 },
          ]),
        );
      });

      it("runs a job with numberOfExecutions: 3 exactly three times, and not again after a restart", async () => {
        const container = getContainer();
        const runs: number[] = [];
        const job = {
          config: { name: "count-to-three", schedule: "* * * * * *", numberOfExecutions: 3 },
          handler: () => {
            runs.push(Date.now());
          },
        };
        const scheduler = container.resolve("jobScheduler");
        await scheduler.register(job);
        // The third tick unschedules the job once it has run: after that no tick can come, so a
        // fourth run would be there by now.
        await vi.waitFor(
          async () => {
            if (await scheduler.isScheduled("count-to-three")) throw new Error("count-to-three is still scheduled");
          },
          { timeout: 20_000, interval: 100 },
        );
        expect(runs).toHaveLength(3);
        // A new scheduler (a restart) finds the job exhausted in the database and never schedules it.
        const restarted = new LocalJobScheduler(container);
        await restarted.register(job);
        expect(await restarted.isScheduled("count-to-three")).toBe(false);
        await restarted.close();
        expect(runs).toHaveLength(3);
        const [row] = await container.resolve("scheduler").listScheduledJobs({ name: "count-to-three" });
        expect(row?.executions).toBe(3);
      });

      it("lets the same job be scheduled again and again while it ticks, by several processes at once where they share Redis", async () => {
        const container = getContainer();
        // With Redis, worker processes started together each schedule every job; the embedded
        // default is one process per database, which may schedule a job again (a replacement).
        const processes = Array.from({ length: process.env.REDIS_URL ? 4 : 1 }, () =>
          createJobScheduler(container, container.resolve("configModule")),
        );
        try {
          // A job ticking every second, registered again and again while its iterations run: a
          // process that starts while another's tick is in flight must still come up.
          let tickStarted = () => {};
          const job = {
            config: { name: "started-together", schedule: "* * * * * *" },
            handler: () => {
              tickStarted();
              return new Promise<void>((r) => setTimeout(r, 300));
            },
          };
          const nextTick = () => new Promise<void>((resolve) => (tickStarted = resolve));
          for (let round = 0; round < 4; round++) {
            // The first round registers before any tick, each later one as the last tick starts
            // (it runs 300 ms); every round waits for the job to tick again.
            const ticked = nextTick();
            const outcomes = await Promise.allSettled(
              [...processes, ...processes].map((scheduler) => scheduler.register(job)),
            );
            expect(outcomes.filter((o) => o.status === "rejected")).toEqual([]);
            await ticked;
          }
        } finally {
          await Promise.all(processes.map((scheduler) => scheduler.close()));
        }
      });

      it("runs the seed's product-count job against the container", async () => {
        const container = getContainer();
        const logged: string[] = [];
        const jobs = await loadJobs();
        const productJob = jobs.find((j) => j.config.name === "every-minute-message");
        const logger = container.resolve("logger");
        // At debug level: a line a minute would drown the start output.
        const debug = logger.debug.bind(logger);
        logger.debug = ((message: unknown) => {
          logged.push(String(message));
        }) as typeof logger.debug;
        try {
          await productJob?.handler(container);
        } finally {
          logger.debug = debug;
        }
        expect(logged).toEqual(["Time to check products! You have 0 product(s)"]);
      });

      const redisUrl = process.env.REDIS_URL;
      if (!redisUrl) return;

      it("runs every tick of a job in a process that registered it, never drops one in a process that did not", async () => {
        const container = getContainer();
        const config = container.resolve("configModule");
        // The app's own scheduler works the seed's jobs; `other` works another job; neither knows
        // `only-mine`. On one queue for every job, they took some of its ticks and dropped them.
        const other = createJobScheduler(container, config);
        const mine = createJobScheduler(container, config);
        const queue = new Queue(jobQueueName("only-mine"), {
          connection: { url: redisUrl },
          prefix: config.projectConfig.redisPrefix,
        });
        try {
          await other.register({ config: { name: "someone-elses", schedule: "0 0 1 1 *" }, handler: () => {} });
          const ran: number[] = [];
          let fourth = () => {};
          const ranFour = new Promise<void>((resolve) => (fourth = resolve));
          await mine.register({
            config: { name: "only-mine", schedule: "* * * * * *" },
            handler: () => {
              if (ran.push(Date.now()) === 4) fourth();
            },
          });
          await ranFour;
          await mine.close(); // waits for a tick in flight: every started tick is completed now
          expect(await queue.getCompletedCount()).toBe(ran.length);
        } finally {
          await queue.close();
          await Promise.all([other.close(), mine.close()]);
        }
      });
    });
  },
});
