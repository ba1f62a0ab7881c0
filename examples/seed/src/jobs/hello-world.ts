import type { TesseraContainer } from "../../../../src/framework/container/container.ts";
import type { ScheduledJobConfig } from "../../../../src/framework/jobs/types.ts";

/**
 * The seed's "Resolve Resources in Scheduled Job": counts the products every minute. It logs at
 * debug level (LOG_LEVEL=debug shows it), so a running example does not print a line a minute.
 */
export default async function myCustomJob(container: TesseraContainer) {
  const [, count] = await container.resolve("product").listAndCountProducts({}, { take: 0 });
  container.resolve("logger").debug(`Time to check products! You have ${count} product(s)`);
}

export const config: ScheduledJobConfig = {
  name: "every-minute-message",
  // execute every minute
  schedule: "* * * * *",
};
