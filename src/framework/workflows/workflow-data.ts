/** Marks a value as a reference into a workflow's data (the composer's proxies). */
export const DATA_REF = Symbol.for("tessera.workflowData");
declare const DATA_TYPE: unique symbol;

/** Where a reference points: the workflow input, a step's output or a derived value, then a path. */
export interface RefInfo {
  source: string;
  path: string[];
}

/**
 * A value known only when the workflow runs: the composer sees these proxies in place of real
 * data. Property access gives another reference; comparing or converting one is refused.
 */
export type WorkflowData<T = unknown> = (T extends readonly unknown[]
  ? { readonly [K in number]: WorkflowData<T[number]> } & { readonly length: WorkflowData<number> }
  : T extends object
    ? { readonly [K in keyof T]-?: WorkflowData<T[K]> }
    : T) & { readonly [DATA_TYPE]: T };

/** What a step or transform accepts: plain values, references, or objects and arrays holding them. */
export type WorkflowInput<T> =
  | T
  | WorkflowData<T>
  | (T extends object ? { [K in keyof T]: WorkflowInput<T[K]> } : never);

/** The plain type behind a reference (or an object holding references). */
export type Resolved<T> = T extends { readonly [DATA_TYPE]: infer U }
  ? U
  : T extends (...args: never[]) => unknown
    ? T
    : T extends object
      ? { [K in keyof T]: Resolved<T[K]> }
      : T;

export class WorkflowComposerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkflowComposerError";
  }
}

const coercion = (key: string) => () => {
  throw new WorkflowComposerError(
    `A workflow's data was used as a plain value (${key}) inside the composer. The composer runs once, when the ` +
      "workflow is defined, and sees references, not values: use transform() to compute a value and when() for conditions.",
  );
};

export function isRef(value: unknown): value is { [DATA_REF]: RefInfo } {
  return (
    (typeof value === "object" || typeof value === "function") &&
    value !== null &&
    (value as { [DATA_REF]?: RefInfo })[DATA_REF] !== undefined
  );
}

export function refInfo(value: unknown): RefInfo | undefined {
  return isRef(value) ? value[DATA_REF] : undefined;
}

/** Creates a reference proxy; `.a.b` on it extends the path. */
export function createRef<T = unknown>(info: RefInfo, config?: (options: unknown) => unknown): WorkflowData<T> {
  return new Proxy(
    {},
    {
      get(_target, key) {
        if (key === DATA_REF) return info;
        // A step's output offers Medusa's `.config({ name })`; `config` stays readable as data too.
        if (key === "config" && config) return configurable(createRef({ ...info, path: [...info.path, key] }), config);
        if (key === Symbol.toPrimitive) return coercion("compared, added or put in a template string");
        if (key === "valueOf" || key === "toString") return coercion(`${key}()`);
        // `await ref` reads `then`: report it instead of silently resolving to the proxy.
        if (key === "then") return coercion("awaited");
        if (typeof key === "symbol" || key === "toJSON" || key === "$$typeof" || key === "asymmetricMatch")
          return undefined;
        return createRef({ source: info.source, path: [...info.path, key] });
      },
      has: (_target, key) => key === DATA_REF,
      set: coercion("assigned to"),
    },
  ) as WorkflowData<T>;
}

/** A reference that can also be called: `step(input).config({ name })` renames the step just placed. */
function configurable(ref: unknown, config: (options: unknown) => unknown): unknown {
  return new Proxy(() => undefined, {
    get: (_target, key) => (ref as Record<string | symbol, unknown>)[key],
    has: (_target, key) => key === DATA_REF,
    apply: (_target, _this, args: unknown[]) => config(args[0]),
  });
}
