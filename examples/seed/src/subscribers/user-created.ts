import type { SubscriberArgs, SubscriberConfig } from "../../../../src/framework/events/types.ts";
import myWorkflow from "../workflows/hello-world/index.ts";

/** The seed's "Execute a Workflow in a Subscriber": greets a new user through a workflow. */
export default async function handleUserCreate({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  const user = await container.resolve("user").retrieveUser(data.id);
  const { result } = await myWorkflow(container).run({ input: { name: user.first_name ?? user.email } });
  container.resolve("logger").info(result);
}

export const config: SubscriberConfig = {
  event: "user.created",
};
