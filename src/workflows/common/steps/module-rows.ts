import type { ContainerRegistrations } from "../../../framework/container/container.ts";
import type { StepContext } from "../../../framework/workflows/index.ts";
import { createStep, StepResponse } from "../../../framework/workflows/index.ts";

/**
 * Step factories over one module's service (`key` in the container): create, update and
 * soft-delete rows, each with the compensation that undoes it.
 * @example const { createRowsStep } = moduleRowSteps("region")
 */
export function moduleRowSteps<const K extends keyof ContainerRegistrations>(key: K) {
  type Service = ContainerRegistrations[K];
  const service = (ctx: StepContext): Service => ctx.container.resolve(key);
  return {
    /** A step that creates rows; its compensation deletes them (hard delete: nothing half-written stays). */
    createRowsStep<I, R extends { id: string }>(
      stepId: string,
      create: (s: Service, input: I[]) => Promise<R[]>,
      remove: (s: Service, ids: string[]) => Promise<unknown>,
    ) {
      return createStep(
        stepId,
        async (input: I[], ctx) => {
          const rows = await create(service(ctx), input);
          return new StepResponse(
            rows,
            rows.map((row) => row.id),
          );
        },
        async (ids, ctx) => {
          if (ids.length) await remove(service(ctx), ids);
        },
      );
    },

    /** A step that updates rows; its compensation writes back what they were before. */
    updateRowsStep<I extends { id: string }, R, P>(
      stepId: string,
      ops: {
        snapshot: (s: Service, ids: string[]) => Promise<P[]>;
        update: (s: Service, input: I[]) => Promise<R[]>;
        restore: (s: Service, previous: P[]) => Promise<unknown>;
      },
    ) {
      return createStep(
        stepId,
        async (input: I[], ctx) => {
          const previous = await ops.snapshot(
            service(ctx),
            input.map((i) => i.id),
          );
          return new StepResponse(await ops.update(service(ctx), input), previous);
        },
        async (previous, ctx) => {
          await ops.restore(service(ctx), previous);
        },
      );
    },

    /** A step that soft-deletes rows (unknown ids are NOT_FOUND); its compensation restores them. */
    softDeleteRowsStep(
      stepId: string,
      ops: {
        retrieve: (s: Service, id: string) => Promise<unknown>;
        softDelete: (s: Service, ids: string[]) => Promise<unknown>;
        restore: (s: Service, ids: string[]) => Promise<unknown>;
      },
    ) {
      return createStep(
        stepId,
        async (ids: string[], ctx) => {
          for (const id of ids) await ops.retrieve(service(ctx), id);
          await ops.softDelete(service(ctx), ids);
          return new StepResponse(ids, ids);
        },
        async (ids, ctx) => {
          await ops.restore(service(ctx), ids);
        },
      );
    },
  };
}

/** Sequentially, so one transaction-less failure stops the rest (the step's compensation undoes the earlier ones). */
export async function each<I, R>(items: I[], fn: (item: I) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (const item of items) out.push(await fn(item));
  return out;
}

/** The scalar columns of a row, without id and timestamps, to write a snapshot back. */
export function columnsOf<T extends Record<string, unknown>>(
  row: T,
  relations: readonly string[] = [],
): Record<string, unknown> {
  const skip = new Set(["id", "created_at", "updated_at", "deleted_at", ...relations]);
  return Object.fromEntries(Object.entries(row).filter(([key]) => !skip.has(key)));
}
