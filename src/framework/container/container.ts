import { asValue, createContainer, InjectionMode, type AwilixContainer, type Resolver } from "awilix";
import type { ConfigModule } from "../config/types.ts";
import type { Database } from "../database/database.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { pgConnection, type PgConnection } from "../database/pg-connection.ts";
import type { Logger } from "../logger.ts";
import { EventNames } from "../events/event-names.ts";
import { LocalEventBus } from "../events/local-event-bus.ts";
import type { EventBus } from "../events/types.ts";

/**
 * What the app container holds. Modules and framework parts add their entries by declaration
 * merging in their own files, e.g.
 * `declare module "../../framework/container/container.ts" { interface ContainerRegistrations { brand: BrandModuleService } }`.
 */
export interface ContainerRegistrations {
  logger: Logger;
  configModule: ConfigModule;
  db: Database;
  /** Medusa's `PG_CONNECTION`: knex's `raw` over the app's connection pool. */
  __pg_connection__: PgConnection;
  /** Medusa's `MANAGER`: the ORM client, here Prisma's. */
  __manager__: PrismaClient;
  /** Where modules emit events (in-memory until the events system replaces it). */
  eventBus: EventBus;
}

/** The app container, a request scope or a module container; `registerAdd` appends to a list. */
export type TesseraContainer = Omit<AwilixContainer<ContainerRegistrations>, "createScope"> & {
  /** Registers `value` as one more item of the list `name` (the seed's loader example). */
  registerAdd<T>(name: string, resolver: Resolver<T>): TesseraContainer;
  createScope(): TesseraContainer;
};

function withRegisterAdd(container: AwilixContainer<ContainerRegistrations>): TesseraContainer {
  const extended = container as unknown as TesseraContainer;
  const createScope = container.createScope.bind(container);
  extended.createScope = () => withRegisterAdd(createScope() as AwilixContainer<ContainerRegistrations>);
  extended.registerAdd = <T>(name: string, resolver: Resolver<T>) => {
    const previous = container.hasRegistration(name) ? (container.resolve(name) as unknown) : [];
    const list = Array.isArray(previous) ? previous : [previous];
    container.register(name, asValue([...list, resolver.resolve(container)]));
    return extended;
  };
  return extended;
}

export function createAppContainer(parts: {
  logger: Logger;
  configModule: ConfigModule;
  db: Database;
}): TesseraContainer {
  const container = createContainer<ContainerRegistrations>({ injectionMode: InjectionMode.PROXY, strict: true });
  container.register({
    logger: asValue(parts.logger),
    configModule: asValue(parts.configModule),
    db: asValue(parts.db),
    __pg_connection__: asValue(pgConnection(parts.db)),
    __manager__: asValue(parts.db.prisma),
  });
  const extended = withRegisterAdd(container);
  // The in-process bus by default; setupEventBus swaps in Redis before modules are loaded.
  container.register("eventBus", asValue(new LocalEventBus(extended)));
  container.register("eventNames", asValue(new EventNames()));
  return extended;
}
