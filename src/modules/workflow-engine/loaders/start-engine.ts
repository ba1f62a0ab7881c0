import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { ModuleLoader } from "../../../framework/modules/module.ts";
import { extensionDirs, importCode } from "../../../framework/paths.ts";
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
 * register, hook files attach their handlers) and prunes expired executions. Runs a crash
 * interrupted are resumed later, with the queue worker and the sweeper, from the service's
 * onApplicationStart, once the whole app loaded: their steps may need any part of it (the link
 * service, other modules' services).
 */
const startEngine: ModuleLoader = async ({ container }) => {
  const service = container.resolve("workflows") as unknown as WorkflowEngineService;
  const engine = service.attach(container);
  for (const file of extensionDirs("workflows").flatMap(workflowFiles)) await importCode(file);
  await engine.prune();
};

export default startEngine;
