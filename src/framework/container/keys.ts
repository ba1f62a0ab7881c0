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
  /** Medusa's knex handle: here its `raw(sql, bindings)` (src/framework/database/pg-connection.ts). */
  PG_CONNECTION: "__pg_connection__",
  /** Medusa's ORM entity manager: here the Prisma client. Not "manager" as in Medusa: the seed has a module of that name. */
  MANAGER: "__manager__",
} as const;
