import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ModuleLoader } from "../../../framework/modules/module.ts";
import { extensionDirs } from "../../../framework/paths.ts";
import type WorkflowEngineService from "../service.ts";

/** Every .ts file under src/workflows (workflows, steps, hooks), tests excluded. */
function workflowFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "__tests__" ? [] : workflowFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".spec.ts") && !entry.name.endsWith(".d.ts")
      ? [full]
      : [];
  });
}

/**
 * Starts the engine: imports src/workflows of the product and of the project (definitions
 * register, hook files attach their handlers), resumes runs a crash interrupted, and prunes
 * expired executions. The queue worker and the sweeper start later, from the service's
 * onApplicationStart, once the whole app loaded.
 */
const startEngine: ModuleLoader = async ({ container }) => {
  const service = container.resolve("workflows") as unknown as WorkflowEngineService;
  const engine = service.attach(container);
  for (const file of extensionDirs("workflows").flatMap(workflowFiles)) await import(pathToFileURL(file).href);
  await engine.prune();
  const resumed = await engine.resumeInterrupted();
  if (resumed) container.resolve("logger").info({ resumed }, "resumed interrupted workflow executions");
};

export default startEngine;
