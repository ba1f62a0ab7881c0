import type { builder } from "./builder.ts";
import { idempotencyKeyDescription } from "./run-workflow.ts";

type InputFieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]["fields"]>[0];

/** `idempotencyKey` and `additionalData`: the fields every workflow-backed create/update input adds. */
export const workflowFields = (t: InputFieldBuilder) => ({
  idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  additionalData: t.field({ type: "JSON", description: "Passed to the workflow's hooks as additional_data." }),
});

/** A GraphQL `additionalData` value as the workflows' `additional_data`. */
export const additionalData = (value: unknown) => (value ?? undefined) as Record<string, unknown> | undefined;
