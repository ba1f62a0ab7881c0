/**
 * The container keys the kernel registers itself (Medusa's `ContainerRegistrationKeys`); modules'
 * keys are the project's `Modules` (src/modules/index.ts).
 * @example const query = container.resolve(ContainerRegistrationKeys.QUERY)
 */
export const ContainerRegistrationKeys = {
  LOGGER: "logger",
  CONFIG_MODULE: "configModule",
  DB: "db",
  EVENT_BUS: "eventBus",
  QUERY: "query",
  LINK: "link",
  REMOTE_LINK: "remoteLink",
  JOB_SCHEDULER: "jobScheduler",
} as const;
