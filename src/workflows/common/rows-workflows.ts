import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
  type StepFunction,
} from "../../framework/workflows/index.ts";
import { emitEventStep } from "./steps/emit-event.ts";
import { removeRemoteLinkStep, type LinkRoots } from "./steps/remove-remote-links.ts";
import type { WorkflowData, WorkflowInput } from "../../framework/workflows/index.ts";
import type { EventMessage } from "../../framework/events/types.ts";

/** Free-form data a mutation passes through to the workflow's hooks (`additionalData` in GraphQL). */
export type AdditionalData = Record<string, unknown> | undefined;

/**
 * A workflow of one step over a list (`{ [key]: rows, additional_data }`) exposing one hook that
 * receives the step's rows and the additional data, as Medusa's core flows do.
 */
export function rowsWorkflow<const K extends string, const H extends string, I, R extends { id: string }>(
  name: string,
  key: K,
  hook: H,
  step: StepFunction<I[], R[]>,
  event: string,
) {
  type Input = { [P in K]: I[] } & { additional_data?: AdditionalData };
  return createWorkflow(name, (input: Input) => {
    const rows = step(input[key]);
    const hookInput = { [key]: rows, additional_data: input.additional_data } as unknown as { [P in K]: R[] } & {
      additional_data: AdditionalData;
    };
    const created = createHook(hook, hookInput);
    // Held until the workflow (and any workflow running it) succeeds: a failing hook drops them.
    emitEventStep(
      transform({ rows }, ({ rows: list }) => list.map((row): EventMessage => ({ name: event, data: { id: row.id } }))),
    );
    return new WorkflowResponse(rows, { hooks: [created] });
  });
}

/**
 * A soft-delete workflow (`{ ids }`) exposing one hook that receives the ids. `linkRoots` names
 * the records whose links go with them (read before the delete, so a product's variants are
 * still there to find); their links are soft-deleted and restored on compensation.
 */
export function deleteWorkflow<const H extends string>(
  name: string,
  hook: H,
  step: StepFunction<string[], string[]>,
  event: string,
  linkRoots?: (ids: WorkflowInput<string[]>) => WorkflowData<LinkRoots>,
) {
  return createWorkflow(name, (input: { ids: string[] }) => {
    const roots = linkRoots?.(input.ids);
    const ids = step(input.ids);
    if (roots) removeRemoteLinkStep(roots);
    const deleted = createHook(hook, { ids });
    emitEventStep(
      transform({ ids }, ({ ids: list }) => list.map((id): EventMessage => ({ name: event, data: { id } }))),
    );
    return new WorkflowResponse(ids, { hooks: [deleted] });
  });
}
