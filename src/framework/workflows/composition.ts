import type { StepDefinition } from "./step-definition.ts";
import { createRef, WorkflowComposerError } from "./workflow-data.ts";

/** One step placed in a workflow: which step, its input template, and the conditions guarding it. */
export interface StepNode {
  id: string;
  step: StepDefinition;
  /** Plain values and references, resolved when the step runs. */
  input: unknown;
  /** Ids of `when` conditions that must all hold for the step to run. */
  conditions: string[];
}

/** A value computed at run time from other values (transform, when). */
export interface DerivedValue {
  inputs: unknown;
  compute: (inputs: unknown) => unknown;
  conditions: string[];
}

/** What a composer builds: steps grouped in stages (a stage's steps run in parallel). */
export interface Composition {
  workflowId: string;
  nodes: Map<string, StepNode>;
  stages: string[][];
  derived: Map<string, DerivedValue>;
  /** The `when` conditions whose `then` is being composed. */
  conditionStack: string[];
  counter: number;
  /** The reference the composer receives as its input. */
  input: unknown;
}

// The composer API (step1(), transform(), when()) takes no context argument, as in Medusa; the
// composition in progress is visible only during the synchronous createWorkflow call.
let active: Composition | undefined;

export function newComposition(workflowId: string): Composition {
  return {
    workflowId,
    nodes: new Map(),
    stages: [],
    derived: new Map(),
    conditionStack: [],
    counter: 0,
    input: createRef({ source: "input", path: [] }),
  };
}

export function activeComposition(what: string): Composition {
  if (!active) throw new WorkflowComposerError(`${what} can only be used inside a createWorkflow composer function`);
  return active;
}

export function withComposition<T>(composition: Composition, fn: () => T): T {
  const previous = active;
  active = composition;
  try {
    return fn();
  } finally {
    active = previous;
  }
}

/** Adds a step to the composition in a stage of its own; returns the id it got. */
export function addStepNode(composition: Composition, step: StepDefinition, input: unknown): string {
  let id = step.name;
  for (let n = 2; composition.nodes.has(id); n++) id = `${step.name}-${n}`;
  composition.nodes.set(id, { id, step, input, conditions: [...composition.conditionStack] });
  composition.stages.push([id]);
  return id;
}

export function addDerived(composition: Composition, value: Omit<DerivedValue, "conditions">): string {
  const id = `derived-${++composition.counter}`;
  composition.derived.set(id, { ...value, conditions: [...composition.conditionStack] });
  return id;
}
