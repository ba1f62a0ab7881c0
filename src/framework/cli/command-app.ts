import { createApp, type TesseraApp } from "../app.ts";
import { loadConfig } from "../config/load-config.ts";
import { currentProject } from "../paths.ts";

/**
 * The app of a one-off command (exec, seed, user, api-key). It runs once and exits, so it never
 * schedules or runs scheduled jobs: with Redis a tick could otherwise land in a command that
 * happens to be alive, instead of in a worker.
 */
export async function createCommandApp(): Promise<TesseraApp> {
  const config = await loadConfig(currentProject().root);
  return createApp({ config: { ...config, projectConfig: { ...config.projectConfig, jobsEnabled: false } } });
}
