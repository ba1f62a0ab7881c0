import type { TesseraContainer } from "../container/container.ts";
import { lowerFirst, type ModelDef } from "./model.ts";

/** Runs when the app starts, with the module's own container and its options. */
export type ModuleLoader<Options = Record<string, unknown>> = (args: {
  container: TesseraContainer;
  options: Options;
}) => unknown | Promise<unknown>;

/** A model a link can point at: `BrandModule.linkable.brand`. */
export interface Linkable {
  readonly module: string;
  readonly model: ModelDef;
  /** The key in `linkable`, also the field name of a link (`product`, `productVariant`). */
  readonly key: string;
  readonly primaryKey: string;
}

// `options: never` (not optional): a constructor taking `(container, options: MyOptions)`, as the
// seed's third-party client does, fits; the loader passes the module's options (or undefined).
type ServiceClass = (abstract new (cradle: never, options: never) => unknown) & { models?: Record<string, ModelDef> };
type LinkableOf<S> = S extends { models: infer M extends Record<string, ModelDef> }
  ? { [K in keyof M as M[K] extends ModelDef ? Uncapitalize<M[K]["singular"]> : never]: Linkable }
  : Record<string, never>;

export interface ModuleDefinition<S extends ServiceClass = ServiceClass> {
  /** The container key of the main service (`product`, `brand`, `helloModuleService`). */
  readonly name: string;
  readonly service: S;
  readonly loaders: readonly ModuleLoader<never>[];
  /** Extra services resolvable inside the module's container, by name. */
  readonly services: Readonly<Record<string, abstract new (cradle: never, options: never) => unknown>>;
  readonly linkable: LinkableOf<S>;
}

/**
 * Declares a module: its main service, extra services and start-up loaders.
 * @example export default Module("brand", { service: BrandModuleService })
 */
export function Module<S extends ServiceClass>(
  name: string,
  definition: { service: S; loaders?: ModuleLoader<never>[]; services?: ModuleDefinition["services"] },
): ModuleDefinition<S> {
  const linkable: Record<string, Linkable> = {};
  for (const model of Object.values(definition.service.models ?? {})) {
    const key = lowerFirst(model.singular);
    linkable[key] = { module: name, model, key, primaryKey: "id" };
  }
  return {
    name,
    service: definition.service,
    loaders: definition.loaders ?? [],
    services: definition.services ?? {},
    linkable: linkable as LinkableOf<S>,
  };
}
