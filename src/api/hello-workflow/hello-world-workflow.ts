import type { TesseraContainer } from "../../framework/container/container.ts";

/**
 * Stands in for `createWorkflow("hello-world", …)` until the workflow engine is merged: the
 * same call shape, `workflow(container).run({ input })` resolving to `{ result }`.
 */
export default function helloWorldWorkflow(container: TesseraContainer) {
  return {
    run: async ({ input }: { input: { name: string } }) => {
      const message = container.resolve("helloModuleService").getMessage();
      return { result: `${message} Hello ${input.name}!` };
    },
  };
}
