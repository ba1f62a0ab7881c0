import type { TesseraContainer } from "../../../../src/framework/container/container.ts";
import type { ScheduledJobConfig } from "../../../../src/framework/jobs/types.ts";

/** The seed's "Specify a Job's Execution Number": runs three times, ever. */
export default async function limitedJob(container: TesseraContainer) {
  container.resolve("logger").info("I'll be executed three times only.");
}

export const config: ScheduledJobConfig = {
  name: "hello-world",
  // execute every minute
  schedule: "* * * * *",
  numberOfExecutions: 3,
};
