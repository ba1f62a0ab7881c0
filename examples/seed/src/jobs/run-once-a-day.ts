import type { TesseraContainer } from "../../../../src/framework/container/container.ts";
import type { ScheduledJobConfig } from "../../../../src/framework/jobs/types.ts";
import myWorkflow from "../workflows/hello-world/index.ts";

/** The seed's "Execute a Workflow in a Scheduled Job". */
export default async function myCustomJob(container: TesseraContainer) {
  const { result } = await myWorkflow(container).run({ input: { name: "John" } });
  container.resolve("logger").info(result);
}

export const config: ScheduledJobConfig = {
  name: "run-once-a-day",
  schedule: "0 0 * * *",
};
